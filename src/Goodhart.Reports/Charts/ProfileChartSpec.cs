using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Charts;

/// <summary>
/// A horizontal bar per dimension on a 0–100 scale with the risk bands shaded behind, and for a team
/// the spread of respondents as a range line across each bar.
/// </summary>
/// <param name="Bars">One bar per dimension, top to bottom.</param>
/// <param name="Bands">The band boundaries shaded behind the bars, in ascending order.</param>
public sealed record ProfileChartSpec(IReadOnlyList<ProfileBar> Bars, IReadOnlyList<BandRange> Bands) : ChartSpec;

/// <summary>One bar of a <see cref="ProfileChartSpec"/>.</summary>
/// <param name="Label">The dimension title.</param>
/// <param name="Value">The score, 0–100.</param>
/// <param name="Tone">The band colour of the score.</param>
/// <param name="Low">Lowest respondent's score (team), or <c>null</c>.</param>
/// <param name="High">Highest respondent's score (team), or <c>null</c>.</param>
public sealed record ProfileBar(string Label, double Value, Tone Tone, double? Low = null, double? High = null);

/// <summary>A shaded band behind the bars.</summary>
/// <param name="Label">Band name (low, moderate, …).</param>
/// <param name="From">Lower edge, inclusive.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Tone">Colour family.</param>
public sealed record BandRange(string Label, double From, double To, Tone Tone);
