namespace Goodhart.Statistics.Density;

/// <summary>The bandwidths below and above the cutoff, in the units of the sample.</summary>
/// <param name="Left">The bandwidth h₋ for observations below the cutoff.</param>
/// <param name="Right">The bandwidth h₊ for observations at or above the cutoff.</param>
public readonly record struct DensityBandwidths(double Left, double Right)
{
    /// <summary>The same bandwidth on both sides.</summary>
    /// <param name="both">The common bandwidth.</param>
    /// <returns>Bandwidths equal to <paramref name="both"/> on each side.</returns>
    public static DensityBandwidths Equal(double both) => new(both, both);
}
