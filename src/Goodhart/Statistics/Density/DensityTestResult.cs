namespace Goodhart.Statistics.Density;

/// <summary>
/// The outcome of the density discontinuity (manipulation) test: is the density of the sample just above the
/// cutoff different from just below it? The robust test uses the bias-corrected estimator of order q with its own
/// standard error (Cattaneo, Jansson and Ma 2020, section 3; Calonico, Cattaneo and Titiunik 2014 for the idea).
/// </summary>
/// <param name="Options">The settings used, with bandwidths as given (estimated ones are in <see cref="Bandwidths"/>).</param>
/// <param name="Bandwidths">The bandwidths used, given or estimated.</param>
/// <param name="BandwidthSelection">The bandwidth selection, when the bandwidths were estimated; otherwise <c>null</c>.</param>
/// <param name="Counts">The sample sizes overall, on each side, and within the bandwidths.</param>
/// <param name="HasRepeatedValues">Whether the sample holds tied values (mass points).</param>
/// <param name="BiasCorrected">The order-q estimates and the robust bias-corrected test (rddensity's <c>hat</c>, <c>sd_*</c>, <c>test</c>).</param>
/// <param name="Conventional">The order-p estimates and the conventional test when asked for (rddensity's <c>hat_p</c>, …); otherwise <c>null</c>.</param>
public sealed record DensityTestResult(
    DensityTestOptions Options,
    DensityBandwidths Bandwidths,
    DensityBandwidthSelection? BandwidthSelection,
    DensitySampleCounts Counts,
    bool HasRepeatedValues,
    DensityEstimation BiasCorrected,
    DensityEstimation? Conventional)
{
    /// <summary>The robust t statistic with the chosen standard error.</summary>
    public double T => BiasCorrected.Test.T;

    /// <summary>The robust two-sided p-value with the chosen standard error.</summary>
    public double PValue => BiasCorrected.Test.PValue;
}
