namespace Goodhart.StressTest;

/// <summary>
/// One respondent's distortion-risk profile of a measure: dimension scores with their drivers, the
/// overall score and band, likely dysfunctions, countermeasures and a watch list.
/// </summary>
/// <param name="MeasureName">The measure.</param>
/// <param name="Instrument">The instrument that produced it.</param>
/// <param name="Respondent">Who answered.</param>
/// <param name="Dimensions">One score per dimension, in instrument order.</param>
/// <param name="Overall">The overall score.</param>
/// <param name="Dysfunctions">Every dysfunction, most likely first.</param>
/// <param name="Countermeasures">The countermeasures whose triggers fired.</param>
/// <param name="WatchList">Signals to watch, priority first.</param>
public sealed record RiskProfile(
    string MeasureName,
    InstrumentRef Instrument,
    Respondent Respondent,
    IReadOnlyList<DimensionScore> Dimensions,
    OverallScore Overall,
    IReadOnlyList<DysfunctionRisk> Dysfunctions,
    IReadOnlyList<CountermeasureAdvice> Countermeasures,
    IReadOnlyList<WatchSignal> WatchList);
