namespace Goodhart.Statistics.Density;

/// <summary>
/// The local polynomial density estimates of one order on each side of the cutoff, their standard errors and the
/// test of no jump. Only the standard errors of the chosen variance estimator are computed; the other is <c>null</c>.
/// </summary>
/// <param name="Order">The polynomial order of the fit.</param>
/// <param name="Estimate">The densities f̂₋(c), f̂₊(c) and the jump f̂₊ − f̂₋ (the slope coefficient of the local fit to the empirical distribution function).</param>
/// <param name="PlugInStandardError">Standard errors from the asymptotic plug-in formula, or <c>null</c> when not computed.</param>
/// <param name="JackknifeStandardError">Standard errors from the jackknife, or <c>null</c> when not computed.</param>
/// <param name="PlugInTest">The test with the plug-in standard error, or <c>null</c> when not computed.</param>
/// <param name="JackknifeTest">The test with the jackknife standard error, or <c>null</c> when not computed.</param>
/// <remarks>A standard error is NaN when its variance estimate came out negative (the package reports NA then).</remarks>
public sealed record DensityEstimation(
    int Order,
    DensityContrast Estimate,
    DensityContrast? PlugInStandardError,
    DensityContrast? JackknifeStandardError,
    DensityTestStatistic? PlugInTest,
    DensityTestStatistic? JackknifeTest)
{
    /// <summary>The standard errors that were computed.</summary>
    public DensityContrast StandardError => JackknifeStandardError ?? PlugInStandardError ?? default;

    /// <summary>The test that was computed.</summary>
    public DensityTestStatistic Test => JackknifeTest ?? PlugInTest ?? default;
}
