namespace Goodhart.Findings;

/// <summary>A histogram with, where known, the counts expected without the pattern, and the threshold line.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Unit">The unit of the x axis (e.g. "minutes").</param>
/// <param name="Bars">One bar per value, in increasing order.</param>
/// <param name="Threshold">Where to draw the target line, or <c>null</c>.</param>
public sealed record HistogramChart(string Title, string Unit, IReadOnlyList<HistogramBar> Bars, double? Threshold) : ChartData(Title);
