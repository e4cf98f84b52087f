namespace Goodhart.Findings;

/// <summary>A named series of points of a <see cref="SeriesChart"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Points">The points, in increasing x.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>Whether the series is a model's fit (drawn as a line) rather than what the data show (drawn as points).</summary>
    public bool IsFit { get; init; }
}
