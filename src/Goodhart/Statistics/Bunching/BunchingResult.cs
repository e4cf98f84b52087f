namespace Goodhart.Statistics.Bunching;

/// <summary>
/// A bunching estimate: how many more cases sit at the threshold than a smooth counterfactual density predicts
/// (Chetty et al. 2011, QJE, section IV; Kleven &amp; Waseem 2013, QJE, section V).
/// </summary>
/// <param name="Options">The settings used; for a notch whose upper bound was searched for, <see cref="BunchingOptions.ExcludedAbove"/> holds the width found.</param>
/// <param name="Bins">Every bin of the window, observed against counterfactual.</param>
/// <param name="PolynomialCoefficients">β₀ … β_p of the counterfactual Σ βⱼ kʲ, where k = (z − z*)/w is the bin offset; intercept first.</param>
/// <param name="RegionCoefficients">The dummy coefficient of each bin of the bunching region, ordered by offset from −ExcludedBelow to +ExcludedAbove; they sum to B.</param>
/// <param name="ControlCoefficients">The coefficients of the round-number dummies (smallest first) then the other bunching bins' dummies, as in <see cref="BunchingOptions.RoundNumbers"/> and <see cref="BunchingOptions.OtherBunchingBins"/>.</param>
/// <param name="ExcessMass">B, the excess number of cases: Σ (observed − counterfactual) over the bunching region's bins (for a notch, over its bins at or below z*).</param>
/// <param name="NormalisedExcess">b = B / c₀, the excess in units of a counterfactual bin count (Chetty et al. 2011, eq. 4; Kleven &amp; Waseem 2013 for notches).</param>
/// <param name="ExcessAtOrBelowThreshold">The excess in the region's bins at or below z* (for a notch, this is B).</param>
/// <param name="ExcessAboveThreshold">The excess in the region's bins above z*; for a notch, minus the missing mass in the dominated region.</param>
/// <param name="Normaliser">c₀: for a kink the average counterfactual count per bin of the bunching region, for a notch the counterfactual count in z*'s bin.</param>
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
    double ExcessAboveThreshold,
    double Normaliser,
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
