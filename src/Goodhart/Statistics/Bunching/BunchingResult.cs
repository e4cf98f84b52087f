namespace Goodhart.Statistics.Bunching;

/// <summary>
/// A bunching estimate: how many more cases sit at the threshold than a smooth counterfactual density predicts
/// (Chetty et al. 2011, QJE, section IV; Kleven &amp; Waseem 2013, QJE, section V).
/// </summary>
/// <param name="Options">The settings used.</param>
/// <param name="Bins">Every bin of the window, observed against counterfactual.</param>
/// <param name="PolynomialCoefficients">β₀ … β_p of the counterfactual Σ βⱼ kʲ, where k = (z − z*)/w is the bin offset; intercept first.</param>
/// <param name="RegionCoefficients">The dummy coefficient of each bin of the bunching region, ordered by offset from −ExcludedBelow to +ExcludedAbove; they sum to B.</param>
/// <param name="ControlCoefficients">The coefficients of the round-number dummies (smallest first) then the other bunching bins' dummies, as in <see cref="BunchingOptions.RoundNumbers"/> and <see cref="BunchingOptions.OtherBunchingBins"/>.</param>
/// <param name="ExcessMass">B, the excess number of cases in the bunching region: Σ (observed − counterfactual) over its bins.</param>
/// <param name="NormalisedExcess">b = B / c₀, the excess in units of the average counterfactual bin count of the region (Chetty et al. 2011, eq. 4).</param>
/// <param name="ExcessAtOrBelowThreshold">The part of B in the region's bins at or below z* (for notches, the bunchers proper).</param>
/// <param name="AverageCounterfactual">c₀, the average counterfactual count per bin of the bunching region.</param>
/// <param name="Observations">The number of cases in the window.</param>
/// <param name="CorrectionIterations">How many refits the integration correction made (0 when it is off).</param>
/// <param name="Bootstrap">The bootstrap, or <c>null</c> when no replicates were asked for.</param>
public sealed record BunchingResult(
    BunchingOptions Options,
    IReadOnlyList<BunchingBinFit> Bins,
    IReadOnlyList<double> PolynomialCoefficients,
    IReadOnlyList<double> RegionCoefficients,
    IReadOnlyList<double> ControlCoefficients,
    double ExcessMass,
    double NormalisedExcess,
    double ExcessAtOrBelowThreshold,
    double AverageCounterfactual,
    double Observations,
    int CorrectionIterations,
    BunchingBootstrap? Bootstrap)
{
    /// <summary>z = B / SE(B) from the bootstrap; NaN without one.</summary>
    public double Z => Bootstrap is { } b && b.ExcessMassStandardError > 0 ? ExcessMass / b.ExcessMassStandardError : double.NaN;

    /// <summary>
    /// The two-sided normal p-value of z against "no excess mass" (an approximation that treats the bootstrap
    /// standard error as known); NaN without a bootstrap.
    /// </summary>
    public double PValue => double.IsNaN(Z) ? double.NaN : 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(Z));
}
