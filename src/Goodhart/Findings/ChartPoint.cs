namespace Goodhart.Findings;

/// <summary>One point of a <see cref="ChartSeries"/>.</summary>
/// <param name="X">The x value.</param>
/// <param name="Y">The y value.</param>
public readonly record struct ChartPoint(double X, double Y);
