using Goodhart.Findings;

namespace Goodhart.Reports.Charts;

/// <summary>A finding's chart as its detector described it: a histogram with its counterfactual, or x/y series.</summary>
/// <param name="Data">What the detector asked to be drawn (<see cref="HistogramChart"/> or <see cref="SeriesChart"/>).</param>
public sealed record FindingChartSpec(ChartData Data) : ChartSpec;
