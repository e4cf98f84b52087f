using Goodhart.Statistics.Bunching;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Bunching;

/// <summary>
/// The bunching estimator against the R package <c>bunching</c> on its own example data. bunching_data.csv is the
/// package's <c>bunching_data</c> (MIT licence, R package <c>bunching</c> by Panos Mavrokonstantis), copied unchanged
/// from the shared reference folder: <c>kink_vector</c> has bunching at a kink at 10000 (blanks are missing).
/// </summary>
public sealed class BunchingEstimatorTests
{
    private static readonly BunchingOptions PackageExample = new(10000, 50, 20, 20)
    {
        PolynomialDegree = 4,
        CorrectIntegration = false,
        BootstrapReplicates = 0,
    };

    [Fact]
    public void Estimate_KinkVectorWithoutCorrection_ReproducesBunchit()
    {
        // Reference: bunchit(kink_vector, zstar = 10000, binwidth = 50, bins_l = 20, bins_r = 20, poly = 4,
        // correct = FALSE) gives B = 648.751076072 and b = 1.988515604 on 39 median bins 9050…10950 holding
        // 12,920 cases (shared data README, "One number for the bunching estimator").
        var result = BunchingEstimator.Estimate(KinkVector(), PackageExample);

        Assert.Equal(39, result.Bins.Count);
        Assert.Equal(9050, result.Bins[0].Value);
        Assert.Equal(10950, result.Bins[^1].Value);
        Assert.Equal(12920, result.Observations);
        Assert.Equal(648.751076072, result.ExcessMass, 648.751076072 * 1e-9);
        Assert.Equal(1.988515604, result.NormalisedExcess, 1.988515604 * 1e-8);
        Assert.Equal(0, result.CorrectionIterations);
        Assert.Null(result.Bootstrap);
    }

    [Fact]
    public void Estimate_KinkVectorWithoutCorrection_ExcessIsTheThresholdDummyAndObservedMinusCounterfactual()
    {
        // With only z*'s bin in the region, its dummy coefficient absorbs the whole excess: B equals that coefficient
        // and equals observed minus counterfactual in that bin; b = B / c₀ with c₀ the counterfactual there.
        var result = BunchingEstimator.Estimate(KinkVector(), PackageExample);
        var atThreshold = Assert.Single(result.Bins, b => b.InBunchingRegion);

        Assert.Equal(10000, atThreshold.Value);
        Assert.Equal(result.ExcessMass, Assert.Single(result.RegionCoefficients), 1e-6);
        Assert.Equal(result.ExcessMass, atThreshold.Excess, 1e-6);
        Assert.Equal(atThreshold.Counterfactual, result.Normaliser, 1e-9);
        Assert.Equal(5, result.PolynomialCoefficients.Count);
        Assert.Equal(result.PolynomialCoefficients[0], atThreshold.Counterfactual, 1e-9); // k = 0: only β₀ remains
    }

    [Fact]
    public void Estimate_HistogramWithEmptyBinsLeftOut_SameAsRawValues()
    {
        // The scan hands over a histogram counted in SQL, which leaves out empty bins and may carry bins beyond the
        // window; both must give the raw-value answer.
        var values = KinkVector();
        var fromValues = BunchingEstimator.Estimate(values, PackageExample);
        var histogram = BunchingHistogram.FromValues(values, PackageExample)
            .Where(b => b.Count > 0)
            .Append(new BunchingBin(20000, 5))
            .ToList();

        var fromHistogram = BunchingEstimator.Estimate(histogram, PackageExample);

        Assert.Equal(fromValues.ExcessMass, fromHistogram.ExcessMass, 1e-9);
        Assert.Equal(fromValues.NormalisedExcess, fromHistogram.NormalisedExcess, 1e-12);
        Assert.Equal(fromValues.Observations, fromHistogram.Observations);
    }

    [Fact]
    public void Estimate_IntegrationCorrection_LowersExcessAndCountsTheRefits()
    {
        // Chetty et al. (2011, IV.A): raising the counterfactual above z* to hold the bunchers lowers B; the package's
        // test "bunching with correction is smaller than without" asserts the same.
        var values = KinkVector();
        var plain = BunchingEstimator.Estimate(values, PackageExample);
        var corrected = BunchingEstimator.Estimate(values, PackageExample with { CorrectIntegration = true });

        Assert.True(corrected.ExcessMass < plain.ExcessMass);
        Assert.True(corrected.ExcessMass > 0);
        Assert.InRange(corrected.CorrectionIterations, 1, 199);
        var above = corrected.Bins.Where(b => b.Offset > 0).Sum(b => b.Counterfactual);
        var observedAbove = corrected.Bins.Where(b => b.Offset > 0).Sum(b => b.Count);
        Assert.True(above > observedAbove * 0.98); // the corrected counterfactual is not far below the counts above
    }

    [Fact]
    public void Estimate_Bootstrap_SameSeedSameInterval()
    {
        var options = PackageExample with { BootstrapReplicates = 200, Seed = 7 };
        var first = BunchingEstimator.Estimate(KinkVector(), options);
        var second = BunchingEstimator.Estimate(KinkVector(), options);

        Assert.NotNull(first.Bootstrap);
        Assert.Equal(first.Bootstrap!.ExcessMassReplicates, second.Bootstrap!.ExcessMassReplicates);
        Assert.Equal(200, first.Bootstrap.Replicates);
        Assert.True(first.Bootstrap.ExcessMassStandardError > 0);
        Assert.False(first.Bootstrap.ExcessMassInterval.Covers(0)); // a clear kink: B ≈ 649 is far from 0
        Assert.True(first.PValue < 1e-6);
    }

    [Fact]
    public void Estimate_RoundNumberControls_RecoverPlantedHeaping()
    {
        // The package's Example 4 (bunchit help page): heaping planted on multiples of 250 (130, 140, 120, 135 cases
        // at 10250, 10750, 9750, 9250: mean 131.25) and 500 (270 and 260 at 10500 and 9500: mean 265; 9000 and 11000
        // fall outside the window), fitted with poly = 6 and rn = c(250, 500). The round-number dummies should rise
        // by about the planted means. Because z* = 10000 is itself a multiple of 500, its round-number share stays in
        // the counterfactual, so B falls by the 500 dummy's rise: the package's design, and why a target at a round
        // number needs care.
        var options = PackageExample with { PolynomialDegree = 6, RoundNumbers = [250, 500] };
        var values = KinkVector().ToList();
        var original = BunchingEstimator.Estimate(values.ToArray(), options);
        (double Value, int Cases)[] planted = [(10500, 270), (11000, 230), (9500, 260), (9000, 275), (10250, 130), (10750, 140), (9750, 120), (9250, 135)];
        values.AddRange(planted.SelectMany(p => Enumerable.Repeat(p.Value, p.Cases)));

        var heaped = BunchingEstimator.Estimate(values.ToArray(), options);

        var rise250 = heaped.ControlCoefficients[0] - original.ControlCoefficients[0];
        var rise500 = heaped.ControlCoefficients[1] - original.ControlCoefficients[1];
        Assert.Equal(131.25, rise250, 3.0);
        Assert.Equal(265, rise500, 3.0);
        Assert.Equal(-rise500, heaped.ExcessMass - original.ExcessMass, 1.0);
    }

    [Fact]
    public void Estimate_RoundNumberWithNoBinInWindow_Throws()
    {
        var options = PackageExample with { RoundNumbers = [100_000] };

        Assert.Throws<ArgumentException>(() => BunchingEstimator.Estimate(KinkVector(), options));
    }

    [Fact]
    public void Estimate_OtherBunchingBin_AbsorbsItsSpike()
    {
        // The package's Example 3 idea: 540 extra cases at 10200. With a dummy for that bin the spike is absorbed
        // (its coefficient rises by the 540 added) and B at z* barely moves.
        var options = PackageExample with { OtherBunchingBins = [10200] };
        var values = KinkVector();
        var original = BunchingEstimator.Estimate(values, options);
        var spiked = BunchingEstimator.Estimate([.. values, .. Enumerable.Repeat(10200.0, 540)], options);

        Assert.Equal(540, spiked.ControlCoefficients[0] - original.ControlCoefficients[0], 1e-6);
        Assert.Equal(original.ExcessMass, spiked.ExcessMass, 1e-6);
    }

    [Theory]
    [InlineData(BinValue.Median, 9974.9, -1)]
    [InlineData(BinValue.Median, 9975, 0)] // median bin 10000 holds [9975, 10025)
    [InlineData(BinValue.Median, 10024.9, 0)]
    [InlineData(BinValue.Median, 10025, 1)]
    [InlineData(BinValue.Median, 9024.9, null)] // below the first whole bin 9050 = [9025, 9075)
    [InlineData(BinValue.Median, 10975, null)] // the half bin at the top is dropped, as in bin_data
    [InlineData(BinValue.Min, 10000, 0)] // min bin 10000 holds [10000, 10050)
    [InlineData(BinValue.Min, 9999.9, -1)]
    [InlineData(BinValue.Min, 9000, -20)]
    [InlineData(BinValue.Min, 11000, null)]
    [InlineData(BinValue.Max, 10000, 0)] // max bin 10000 holds (9950, 10000]
    [InlineData(BinValue.Max, 10000.1, 1)]
    [InlineData(BinValue.Max, 9000, null)]
    [InlineData(BinValue.Max, 11000, 20)]
    public void BinOffset_EdgesOfTheGrid_FollowBinData(BinValue binValue, double value, int? expected)
    {
        // Hand-derived from bin_data in the R package: cut() with right = FALSE for median and min bins (breaks
        // shifted by w/2 for median), right = TRUE for max bins, on the grid 9000, 9050, …, 11000.
        var options = PackageExample with { BinValue = binValue };

        Assert.Equal(expected, BunchingHistogram.BinOffset(value, options));
    }

    [Theory]
    [InlineData(BinValue.Median, 39)]
    [InlineData(BinValue.Min, 40)]
    [InlineData(BinValue.Max, 40)]
    public void FromValues_EachBinValue_CountsTheGrid(BinValue binValue, int expectedBins)
    {
        var options = PackageExample with { BinValue = binValue };

        var bins = BunchingHistogram.FromValues(KinkVector(), options);

        Assert.Equal(expectedBins, bins.Count);
        Assert.Equal(options.BinCount, bins.Count);
    }

    [Fact]
    public void Estimate_RegionTooWide_Throws()
    {
        // bunchit stops when bins_excl_l >= bins_l - 5.
        var options = PackageExample with { ExcludedBelow = 15 };

        Assert.Throws<ArgumentOutOfRangeException>(() => BunchingEstimator.Estimate(KinkVector(), options));
    }

    [Fact]
    public void Estimate_BinOffTheGrid_Throws()
    {
        var bins = new[] { new BunchingBin(10010, 3) };

        Assert.Throws<ArgumentException>(() => BunchingEstimator.Estimate(bins, PackageExample));
    }

    internal static double[] KinkVector() => StatisticsData.Column("Bunching/bunching_data.csv", 0);
}
