namespace Goodhart.Statistics.Density;

/// <summary>
/// What one local polynomial fit yields, for the four targets left, right, difference (right − left) and sum:
/// the density estimates, their jackknife and plug-in variances, and the estimated derivative of a chosen order
/// (the package's rddensity_fV table). Entries not computed, or variances that came out negative, are NaN.
/// </summary>
internal sealed class DensityFitColumns
{
    public const int Left = 0;
    public const int Right = 1;
    public const int Difference = 2;
    public const int Sum = 3;

    public double[] Estimate { get; } = Unknown();

    public double[] JackknifeVariance { get; } = Unknown();

    public double[] PlugInVariance { get; } = Unknown();

    public double[] Derivative { get; } = Unknown();

    private static double[] Unknown() => [double.NaN, double.NaN, double.NaN, double.NaN];
}
