namespace Goodhart.Statistics.Density;

/// <summary>
/// The data-driven bandwidths of rdbwdensity: for each target (each side's density, their difference, their sum) the
/// MSE-optimal bandwidth with its estimated variance and squared-bias constants.
/// </summary>
/// <param name="Left">The bandwidth for the density below the cutoff.</param>
/// <param name="Right">The bandwidth for the density above the cutoff.</param>
/// <param name="Difference">The common bandwidth for the jump.</param>
/// <param name="Sum">The common bandwidth for the sum of the two densities.</param>
/// <param name="Full">The sample size.</param>
/// <param name="LeftCount">Observations below the cutoff.</param>
/// <param name="RightCount">Observations at or above the cutoff.</param>
public sealed record DensityBandwidthSelection(
    BandwidthCandidate Left,
    BandwidthCandidate Right,
    BandwidthCandidate Difference,
    BandwidthCandidate Sum,
    int Full,
    int LeftCount,
    int RightCount)
{
    /// <summary>The bandwidths a rule picks from the candidates, as rddensity does.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="fit">The fit the bandwidths are for: the combined rule differs between fits.</param>
    /// <returns>The bandwidths below and above the cutoff.</returns>
    /// <exception cref="ArgumentException"><see cref="BandwidthRule.Each"/> with the restricted fit.</exception>
    public DensityBandwidths Choose(BandwidthRule rule, DensityFitModel fit) => (rule, fit) switch
    {
        (BandwidthRule.Each, DensityFitModel.Restricted) => throw new ArgumentException("The 'each' bandwidth rule needs the unrestricted fit.", nameof(rule)),
        (BandwidthRule.Each, _) => new(Left.Bandwidth, Right.Bandwidth),
        (BandwidthRule.Difference, _) => DensityBandwidths.Equal(Difference.Bandwidth),
        (BandwidthRule.Sum, _) => DensityBandwidths.Equal(Sum.Bandwidth),
        (_, DensityFitModel.Restricted) => DensityBandwidths.Equal(Math.Min(Difference.Bandwidth, Sum.Bandwidth)),
        _ => new(
            MedianOfThree(Left.Bandwidth, Difference.Bandwidth, Sum.Bandwidth),
            MedianOfThree(Right.Bandwidth, Difference.Bandwidth, Sum.Bandwidth)),
    };

    private static double MedianOfThree(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
