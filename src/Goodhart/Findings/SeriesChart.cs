namespace Goodhart.Findings;

/// <summary>One or more x/y series on common axes, with an optional vertical marker (e.g. the threshold).</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">The x axis's label with its unit.</param>
/// <param name="YLabel">The y axis's label with its unit.</param>
/// <param name="Series">The series to draw.</param>
/// <param name="Marker">Where to draw a vertical line, or <c>null</c>.</param>
public sealed record SeriesChart(string Title, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series, double? Marker) : ChartData(Title)
{
    /// <summary>What the vertical line marks, for the legend (default "target").</summary>
    public string MarkerLabel { get; init; } = "target";
}
