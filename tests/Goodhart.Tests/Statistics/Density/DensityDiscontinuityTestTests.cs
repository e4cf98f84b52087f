using Goodhart.Statistics.Density;

namespace Goodhart.Tests.Statistics.Density;

public sealed class DensityDiscontinuityTestTests
{
    public static IEnumerable<object[]> Baseline => RddensityBaseline.Cases("rddensity_");

    [Theory]
    [MemberData(nameof(Baseline))]
    public void Run_RddensityNumericalBaseline_MatchesPackage(string caseName, string metric, double expected)
    {
        // The rddensity authors' fixture (README.md here); NaN there means "not computed" and must stay so.
        BaselineAssert.Close(expected, RddensityBaseline.Actual(caseName, metric));
    }

    public static IEnumerable<object[]> CrossCheck => RddensityBaseline.CrossCheckCases(bandwidthSelection: false);

    [Theory]
    [MemberData(nameof(CrossCheck))]
    public void Run_PackageArithmeticInR_Matches(string caseName, string metric, double expected)
    {
        // Paths the authors' fixture leaves out (restricted plug-in, p = 1, q = p + 2, the "each" rule, …), computed
        // with the package's R functions in R 4.2.2 (README.md here).
        BaselineAssert.Close(expected, RddensityBaseline.Actual(caseName, metric));
    }

    [Fact]
    public void Run_UniformSample_FindsNoJump()
    {
        // 4,000 draws from U(−1, 1): the density is 0.5 on both sides of 0, so the test has nothing to find. With this
        // seed the robust p-value is 0.70 (over 200 seeds the test rejected at 5% in 5% of them); both one-sided
        // densities are near 0.5.
        var sample = Uniform(new Random(20200601), 4000, -1, 1);

        var result = DensityDiscontinuityTest.Run(sample);

        Assert.True(result.PValue > 0.1, $"p = {result.PValue}");
        Assert.Equal(0.5, result.BiasCorrected.Estimate.Left, 0.1);
        Assert.Equal(0.5, result.BiasCorrected.Estimate.Right, 0.1);
        Assert.Equal(result.Counts.Full, result.Counts.Left + result.Counts.Right);
    }

    [Fact]
    public void Run_DensityDoublesAtCutoff_DetectsJump()
    {
        // A third of 10,000 draws on [−1, 0) and two thirds on [0, 1]: the density steps from 1/3 to 2/3 at 0, a jump
        // of 1/3 that the robust test must see with a large t (t = 4.8 with this seed; 5.7 on average over 200 seeds).
        var rng = new Random(42);
        var sample = new double[10_000];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = rng.NextDouble() < 1.0 / 3 ? -rng.NextDouble() : rng.NextDouble();
        }

        var result = DensityDiscontinuityTest.Run(sample, DensityTestOptions.Default with { IncludeConventional = true });

        Assert.True(result.T > 4, $"t = {result.T}");
        Assert.True(result.PValue < 1e-4, $"p = {result.PValue}");
        // Each estimate lies within four of its standard errors of the truth (over 200 seeds the bias-corrected
        // estimates averaged 0.3334 and 0.6663, with standard errors near 0.035 and 0.048).
        var estimate = result.BiasCorrected.Estimate;
        var se = result.BiasCorrected.StandardError;
        Assert.InRange(estimate.Left, 1.0 / 3 - 4 * se.Left, 1.0 / 3 + 4 * se.Left);
        Assert.InRange(estimate.Right, 2.0 / 3 - 4 * se.Right, 2.0 / 3 + 4 * se.Right);
        Assert.InRange(result.Conventional!.Estimate.Difference, 1.0 / 3 - 4 * result.Conventional.StandardError.Difference, 1.0 / 3 + 4 * result.Conventional.StandardError.Difference);
    }

    [Fact]
    public void Run_ListAndSpanAndOrder_GiveSameResult()
    {
        // The estimator sorts its input, so the order of the observations and the overload do not matter.
        var sample = RddensityBaseline.Smooth();
        var shuffled = sample.Reverse().ToList();
        var options = DensityTestOptions.Default with { Bandwidths = DensityBandwidths.Equal(0.6) };

        var fromArray = DensityDiscontinuityTest.Run(sample.AsSpan(), options);
        var fromList = DensityDiscontinuityTest.Run(shuffled, options);

        Assert.Equal(fromArray.BiasCorrected, fromList.BiasCorrected);
        Assert.Equal(fromArray.Counts, fromList.Counts);
    }

    [Fact]
    public void Run_NoTiesWithAndWithoutMassPointAdjustment_Agree()
    {
        // Without repeated values the mass-point adjustment changes nothing.
        var sample = RddensityBaseline.Smooth();
        var options = DensityTestOptions.Default with { Bandwidths = DensityBandwidths.Equal(0.6) };

        var adjusted = DensityDiscontinuityTest.Run(sample, options);
        var plain = DensityDiscontinuityTest.Run(sample, options with { MassPoints = false });

        Assert.False(adjusted.HasRepeatedValues);
        Assert.Equal(adjusted.BiasCorrected, plain.BiasCorrected);
    }

    [Fact]
    public void Run_EstimatedBandwidths_ReportsSelection()
    {
        var result = DensityDiscontinuityTest.Run(RddensityBaseline.Smooth());

        Assert.NotNull(result.BandwidthSelection);
        Assert.Equal(result.BandwidthSelection.Choose(BandwidthRule.Combined, DensityFitModel.Unrestricted), result.Bandwidths);
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(1.6)]
    [InlineData(double.NaN)]
    public void Run_CutoffOutsideData_Throws(double cutoff)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DensityDiscontinuityTest.Run(RddensityBaseline.Smooth(), DensityTestOptions.Default with { Cutoff = cutoff }));
    }

    [Fact]
    public void Run_MissingValue_Throws()
    {
        var sample = RddensityBaseline.Smooth();
        sample[3] = double.NaN;

        Assert.Throws<ArgumentException>(() => DensityDiscontinuityTest.Run(sample));
    }

    [Fact]
    public void Run_RestrictedWithUnequalBandwidths_Throws()
    {
        var options = DensityTestOptions.Default with { Fit = DensityFitModel.Restricted, Bandwidths = new(0.5, 0.6) };

        Assert.Throws<ArgumentException>(() => DensityDiscontinuityTest.Run(RddensityBaseline.Smooth(), options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Run_OrderOutOfRange_Throws(int order)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DensityDiscontinuityTest.Run(RddensityBaseline.Smooth(), DensityTestOptions.Default with { Order = order }));
    }

    [Fact]
    public void Run_TooFewObservationsInBandwidth_ReportsNotComputed()
    {
        // h = 0.03 holds about two observations on each side, fewer than the eight coefficients of the cubic fits: the
        // package's solve fails and it reports NA; here the numbers are NaN rather than an exception.
        var result = DensityDiscontinuityTest.Run(RddensityBaseline.Smooth(), DensityTestOptions.Default with { Bandwidths = DensityBandwidths.Equal(0.03) });

        Assert.True(result.Counts.EffectiveLeft < 4, $"{result.Counts}");
        Assert.True(double.IsNaN(result.BiasCorrected.Estimate.Difference));
        Assert.True(double.IsNaN(result.PValue));
    }

    private static double[] Uniform(Random rng, int n, double low, double high)
    {
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = low + (high - low) * rng.NextDouble();
        }

        return values;
    }
}
