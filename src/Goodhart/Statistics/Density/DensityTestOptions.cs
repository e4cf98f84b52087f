namespace Goodhart.Statistics.Density;

/// <summary>
/// The settings of the local polynomial density discontinuity test (Cattaneo, Jansson and Ma 2020, JASA 115:1449–1455;
/// the R/Stata package rddensity). The defaults are the package's.
/// </summary>
/// <param name="Cutoff">The threshold c; it must lie strictly inside the range of the sample.</param>
/// <param name="Order">The local polynomial order p of the conventional estimator, 1 to 7 (2 by default).</param>
/// <param name="BiasCorrectionOrder">
/// The order q of the bias-corrected estimator on which the robust test rests; <c>null</c> means p + 1. At least p.
/// </param>
/// <param name="Kernel">The kernel weighting observations near the cutoff.</param>
/// <param name="Variance">How standard errors are estimated; only this one is computed.</param>
/// <param name="Fit">Separate fits on each side, or one fit restricted to a jump in the density alone.</param>
/// <param name="MassPoints">
/// Whether to adjust for repeated values: tied observations share the empirical distribution function value of the
/// last of them, and the jackknife leaves out whole ties.
/// </param>
/// <param name="Bandwidths">The bandwidths to use; <c>null</c> estimates them (see <see cref="DensityBandwidthSelector"/>).</param>
/// <param name="BandwidthRule">How estimated bandwidths are chosen from the candidates.</param>
/// <param name="IncludeConventional">Also report the conventional (order p, not bias-corrected) estimates and test.</param>
/// <param name="Regularize">Whether estimated bandwidths are kept within the data and made to hold enough observations.</param>
/// <param name="MinimumLocalCount">The least number of observations each side of an estimated bandwidth must hold; <c>null</c> means 20 + p + 1, 0 switches the check off.</param>
/// <param name="MinimumLocalUniqueCount">The same for distinct values; <c>null</c> means 20 + p + 1, 0 switches the check off.</param>
public sealed record DensityTestOptions(
    double Cutoff = 0,
    int Order = 2,
    int? BiasCorrectionOrder = null,
    DensityKernel Kernel = DensityKernel.Triangular,
    DensityVarianceEstimator Variance = DensityVarianceEstimator.Jackknife,
    DensityFitModel Fit = DensityFitModel.Unrestricted,
    bool MassPoints = true,
    DensityBandwidths? Bandwidths = null,
    BandwidthRule BandwidthRule = BandwidthRule.Combined,
    bool IncludeConventional = false,
    bool Regularize = true,
    int? MinimumLocalCount = null,
    int? MinimumLocalUniqueCount = null)
{
    /// <summary>The package's defaults: cutoff 0, p = 2, q = 3, triangular kernel, jackknife, unrestricted, mass points adjusted.</summary>
    public static DensityTestOptions Default { get; } = new();

    /// <summary>The highest polynomial order the package allows.</summary>
    public const int MaximumOrder = 7;

    /// <summary>The order q actually used: <see cref="BiasCorrectionOrder"/>, or p + 1.</summary>
    public int EffectiveBiasCorrectionOrder => BiasCorrectionOrder ?? Order + 1;

    /// <summary>The minimum local count actually used.</summary>
    public int EffectiveMinimumLocalCount => MinimumLocalCount ?? 20 + Order + 1;

    /// <summary>The minimum local count of distinct values actually used.</summary>
    public int EffectiveMinimumLocalUniqueCount => MinimumLocalUniqueCount ?? 20 + Order + 1;
}
