using Goodhart.Statistics.Bunching;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Bunching;

/// <summary>
/// The notch mode (Kleven &amp; Waseem 2013) on the package's <c>notch_vector</c> (bunching_data.csv, MIT, R package
/// <c>bunching</c>), with the settings of the package's Example 5 and its tests: 40 bins each side of 10000, width 50.
/// </summary>
public sealed class BunchingEstimatorNotchTests
{
    private static readonly BunchingOptions Notch = new(10000, 50, 40, 40)
    {
        PolynomialDegree = 9,
        CorrectIntegration = false,
        BootstrapReplicates = 0,
        Notch = true,
    };

    [Fact]
    public void Estimate_NotchVector_RegionAboveIsTheWidestWhereExcessBelowStillExceedsMissingMass()
    {
        // bunchit with force_notch = FALSE widens z_U while B_below > M_above and keeps the last width where it holds.
        var values = NotchVector();
        var searched = BunchingEstimator.Estimate(values, Notch);
        var zu = searched.Options.ExcludedAbove;
        var wider = BunchingEstimator.Estimate(values, Notch with { FixRegionAbove = true, ExcludedAbove = zu + 1 });

        Assert.InRange(zu, 1, 39);
        Assert.True(searched.ExcessAtOrBelowThreshold > -searched.ExcessAboveThreshold);
        Assert.True(wider.ExcessAtOrBelowThreshold <= -wider.ExcessAboveThreshold);
        Assert.Equal(searched.ExcessAtOrBelowThreshold, searched.ExcessMass);
    }

    [Fact]
    public void Estimate_NotchVector_NormalisedByTheCounterfactualAtTheThreshold()
    {
        // In a notch c₀ is the counterfactual in z*'s bin, not the region's average (fit_bunching, notch = TRUE).
        var result = BunchingEstimator.Estimate(NotchVector(), Notch);
        var atThreshold = Assert.Single(result.Bins, b => b.Offset == 0);

        Assert.Equal(atThreshold.Counterfactual, result.Normaliser, 1e-9);
        Assert.Equal(result.ExcessMass / atThreshold.Counterfactual, result.NormalisedExcess, 1e-12);
    }

    [Fact]
    public void Estimate_NotchVectorCorrected_SmallerAndSmallerStillAboveRegion()
    {
        // The package's tests "bunching with correction is smaller than without" and "bunching with
        // correct_above_zu is smaller than without", on the same data and settings.
        var values = NotchVector();
        var plain = BunchingEstimator.Estimate(values, Notch);
        var corrected = BunchingEstimator.Estimate(values, Notch with { CorrectIntegration = true });
        var correctedAboveRegion = BunchingEstimator.Estimate(values, Notch with { CorrectIntegration = true, CorrectAboveRegion = true });

        Assert.True(plain.NormalisedExcess > corrected.NormalisedExcess);
        Assert.True(corrected.NormalisedExcess > correctedAboveRegion.NormalisedExcess);
    }

    [Fact]
    public void Estimate_FixedRegionAbove_KeepsTheGivenWidth()
    {
        // bunchit's test "force_notch works": with force_notch = TRUE and bins_excl_r = 2, z_U stays at 2.
        var result = BunchingEstimator.Estimate(NotchVector(), Notch with { FixRegionAbove = true, ExcludedAbove = 2 });

        Assert.Equal(2, result.Options.ExcludedAbove);
        Assert.Equal(3, result.Bins.Count(b => b.InBunchingRegion));
    }

    private static double[] NotchVector() => StatisticsData.Column("Bunching/bunching_data.csv", 1);
}
