namespace Goodhart.StressTest;

/// <summary>
/// Several respondents' profiles of the same measure combined: the median and spread per dimension,
/// and where roles see the risk a band or more apart.
/// </summary>
/// <param name="MeasureName">The measure.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Members">Each respondent's own profile, in the order given.</param>
/// <param name="Dimensions">Per dimension: median, spread and role medians.</param>
/// <param name="Overall">Median, spread and role medians of the overall score.</param>
/// <param name="RoleGaps">Dimensions (and overall) where two roles' medians fall a band or more apart.</param>
/// <param name="Dysfunctions">Each dysfunction's median likelihood; likely when most respondents found it likely; reasons from the most worried respondent.</param>
/// <param name="Countermeasures">Countermeasures called for by any respondent, most often called for first; the first reason says by how many.</param>
/// <param name="WatchList">Every respondent's watch signals, each once, priority first.</param>
public sealed record TeamProfile(
    string MeasureName,
    InstrumentRef Instrument,
    IReadOnlyList<RiskProfile> Members,
    IReadOnlyList<TeamDimension> Dimensions,
    TeamDimension Overall,
    IReadOnlyList<RoleGap> RoleGaps,
    IReadOnlyList<DysfunctionRisk> Dysfunctions,
    IReadOnlyList<CountermeasureAdvice> Countermeasures,
    IReadOnlyList<WatchSignal> WatchList);
