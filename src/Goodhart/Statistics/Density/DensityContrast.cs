namespace Goodhart.Statistics.Density;

/// <summary>A quantity on each side of the cutoff and for the jump across it (right minus left).</summary>
/// <param name="Left">The value for the density just below the cutoff.</param>
/// <param name="Right">The value for the density just above the cutoff.</param>
/// <param name="Difference">The value for the jump f₊ − f₋.</param>
public readonly record struct DensityContrast(double Left, double Right, double Difference);
