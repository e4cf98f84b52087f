using FsCheck.Xunit;
using Goodhart.Statistics.Density;

namespace Goodhart.Tests.Statistics.Density;

/// <summary>The test run on a histogram of counts gives the numbers of the sample it stands for.</summary>
public sealed class DensityDiscontinuityTestCountsTests
{
    // Counts of the durations 1…20 (117 cases), peaking at 10 and falling off past the cutoff at 10.5.
    private static readonly MassPoint[] Durations =
    [
        new(1, 3), new(2, 5), new(3, 4), new(4, 7), new(5, 6), new(6, 9), new(7, 8), new(8, 12), new(9, 10), new(10, 14),
        new(11, 6), new(12, 5), new(13, 6), new(14, 4), new(15, 5), new(16, 3), new(17, 4), new(18, 2), new(19, 3), new(20, 1),
    ];

    private static readonly DensityTestOptions DurationOptions = DensityTestOptions.Default with
    {
        Cutoff = 10.5,
        IncludeConventional = true,
        MinimumLocalCount = 10,
        MinimumLocalUniqueCount = 0,
    };

    public static IEnumerable<object[]> Baseline =>
        RddensityBaseline.Cases("rddensity_").Concat(RddensityBaseline.Cases("rdbwdensity_"))
            .Concat(RddensityBaseline.CrossCheckCases(bandwidthSelection: false)).Concat(RddensityBaseline.CrossCheckCases(bandwidthSelection: true));

    [Theory]
    [MemberData(nameof(Baseline))]
    public void Run_FixtureCasesAsCounts_MatchPackage(string caseName, string metric, double expected)
    {
        // Every case of the authors' fixture and of the R cross-check (README.md here), run on the histogram of the
        // sample's distinct values instead of the sample: the same numbers, to the same tolerances as the sample
        // (DensityBandwidthSelectorTests says why p = 4 is held to 1e-8).
        var tolerance = caseName == "bw_p4_epanechnikov_plugin" ? 1e-8 : BaselineAssert.Tolerance;
        BaselineAssert.Close(expected, RddensityBaseline.Actual(caseName, metric, viaCounts: true), tolerance);
    }

    [Theory]
    [InlineData("adjusted", -1.2301615451788606, 0.21863661690310607, -1.827022609094143, 0.06769637007384408, 5.916352039437792, 5.44717711409785, 0.1364804951017596, 0.04083308370745021, 59, 26)]
    [InlineData("unadjusted", -1.302057041198389, 0.19289688699170515, -2.0333701433827462, 0.04201514141186232, 8.814616993857564, 6.841916602570621, 0.11426944438273197, 0.04904906199258216, 75, 33)]
    [InlineData("restricted_plugin", -2.2957747599296088, 0.021688763312186023, -2.0558092838553, 0.039800902815493186, 6.471005901790379, 6.471005901790379, 0.11160261945201724, 0.03148056497101484, 59, 29)]
    [InlineData("fixed_h", -1.0041390817482185, 0.31531158007406695, -1.7522788432554233, 0.07972587213930411, 6, 7.5, 0.11093063494511075, 0.04934683869035628, 59, 35)]
    public void Run_DurationHistogram_MatchesPerObservationImplementation(
        string name, double t, double p, double tConventional, double pConventional, double hLeft, double hRight, double fLeft, double fRight, int nEffLeft, int nEffRight)
    {
        // Expected: the expanded 117-case sample run through the per-observation implementation this one replaced
        // (commit f6737ea), printed with "R".
        var options = name switch
        {
            "adjusted" => DurationOptions,
            "unadjusted" => DurationOptions with { MassPoints = false },
            "restricted_plugin" => DurationOptions with { Fit = DensityFitModel.Restricted, Variance = DensityVarianceEstimator.PlugIn },
            _ => DurationOptions with { Bandwidths = new(6, 7.5), MassPoints = false },
        };

        var r = DensityDiscontinuityTest.Run(Durations, options);

        BaselineAssert.Close(t, r.T);
        BaselineAssert.Close(p, r.PValue);
        BaselineAssert.Close(tConventional, r.Conventional!.Test.T);
        BaselineAssert.Close(pConventional, r.Conventional.Test.PValue);
        BaselineAssert.Close(hLeft, r.Bandwidths.Left);
        BaselineAssert.Close(hRight, r.Bandwidths.Right);
        BaselineAssert.Close(fLeft, r.BiasCorrected.Estimate.Left);
        BaselineAssert.Close(fRight, r.BiasCorrected.Estimate.Right);
        Assert.Equal(new DensitySampleCounts(117, 78, 39, nEffLeft, nEffRight), r.Counts);
        Assert.True(r.HasRepeatedValues);
    }

    [Fact]
    public void Run_UnsortedDuplicateAndZeroCounts_SameAsMergedHistogram()
    {
        // 8 split into 5 + 7, an empty value beyond the data (25) and the order reversed: the same histogram.
        MassPoint[] messy = [new(25, 0), .. Durations.Reverse().Where(d => d.Value != 8), new(8, 5), new(8, 7)];

        var merged = DensityDiscontinuityTest.Run(Durations, DurationOptions);
        var fromMessy = DensityDiscontinuityTest.Run(messy.ToList(), DurationOptions);

        AssertSame(merged, fromMessy);
    }

    [Fact]
    public void Select_Histogram_SameAsExpandedSample()
    {
        var expanded = Expand(Durations);

        var fromCounts = DensityBandwidthSelector.Select(Durations, DurationOptions);
        var fromSample = DensityBandwidthSelector.Select(expanded, DurationOptions);

        Assert.Equal(fromSample, fromCounts);
    }

    [Fact]
    public void Run_NegativeCount_ThrowsNamingTheValue()
    {
        MassPoint[] histogram = [.. Durations, new(21, -1)];

        var e = Assert.Throws<ArgumentException>(() => DensityDiscontinuityTest.Run(histogram, DurationOptions));
        Assert.Contains("count -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NonFiniteValue_Throws()
    {
        MassPoint[] histogram = [.. Durations, new(double.NaN, 3)];

        Assert.Throws<ArgumentException>(() => DensityDiscontinuityTest.Run(histogram, DurationOptions));
    }

    [Fact]
    public void Run_CutoffBeyondObservedValues_Throws()
    {
        // 30 has no cases, so the data end at 20 and a cutoff at 25.5 is outside them.
        MassPoint[] histogram = [.. Durations, new(30, 0)];

        Assert.Throws<ArgumentOutOfRangeException>(() => DensityDiscontinuityTest.Run(histogram, DurationOptions with { Cutoff = 25.5 }));
    }

    [Fact]
    public void Run_CountsBeyondIntRange_Throws()
    {
        MassPoint[] histogram = [new(1, int.MaxValue), new(2, 1)];

        Assert.Throws<ArgumentException>(() => DensityDiscontinuityTest.Run(histogram, DurationOptions with { Cutoff = 1.5 }));
    }

    [Property(MaxTest = 150)]
    public bool Run_RandomIntegerHistogram_CountsAndExpandedSampleAgree(int seed, bool massPoints, bool restricted, bool plugIn, bool fixedBandwidths)
    {
        // Durations 0…K−1 with random counts (many zero, some large), a cutoff between two of them, and the options
        // varied; the two inputs must give the same result in every field, NaNs and failures included.
        var rng = new Random(seed);
        var histogram = RandomHistogram(rng);
        var options = DensityTestOptions.Default with
        {
            Cutoff = rng.Next(5, histogram.Length - 5) + 0.5,
            Order = rng.Next(1, 4),
            MassPoints = massPoints,
            Fit = restricted ? DensityFitModel.Restricted : DensityFitModel.Unrestricted,
            Variance = plugIn ? DensityVarianceEstimator.PlugIn : DensityVarianceEstimator.Jackknife,
            Kernel = (DensityKernel)rng.Next(3),
            Bandwidths = fixedBandwidths ? DensityBandwidths.Equal(3 + rng.Next(12)) : null,
            IncludeConventional = true,
        };

        var fromCounts = Outcome(() => DensityDiscontinuityTest.Run(histogram, options));
        var fromSample = Outcome(() => DensityDiscontinuityTest.Run(Expand(histogram), options));

        if (fromCounts.Error is not null || fromSample.Error is not null)
        {
            return fromCounts.Error == fromSample.Error;
        }

        AssertSame(fromSample.Result!, fromCounts.Result!);
        return true;
    }

    [Property(MaxTest = 150)]
    public void Fit_RandomTies_GroupedSumsEqualPerObservationSums(int seed, bool massPoints, bool restricted, bool jackknife)
    {
        // The closed-form sums over each tie against the sums built one observation at a time, at fixed bandwidths
        // holding at least eight distinct values a side, so that no fit is so close to singular that rounding decides.
        // The two add the same terms in a different order (a tie's c terms at once), and the jackknife sandwich of an
        // order-3 fit multiplies that rounding by the Gram matrix's condition number (1e6 to 1e8 here): so 1e-7, while
        // the whole test on these histograms agrees to 1e-9 (the property above).
        var rng = new Random(seed);
        var sample = Expand(RandomHistogram(rng, allowEmpty: false));
        var cutoff = rng.Next(10, 25) + 0.5;
        var (hl, hr) = restricted ? (9.0, 9.0) : (8.0 + rng.Next(10), 8.0 + rng.Next(10));
        var order = rng.Next(1, 4);
        var kernel = (DensityKernel)rng.Next(3);
        var fit = restricted ? DensityFitModel.Restricted : DensityFitModel.Unrestricted;
        var variance = jackknife ? DensityVarianceEstimator.Jackknife : DensityVarianceEstimator.PlugIn;
        var data = SortedSample.Create(sample, cutoff);

        var grouped = LocalPolynomialDensityFit.Fit(data, data.Window(hl, hr), hl, hr, order, 1, kernel, fit, variance, massPoints);
        var reference = PerObservationDensityFit.Fit(sample, cutoff, hl, hr, order, kernel, fit, jackknife, massPoints);

        for (var k = 0; k < 4; k++)
        {
            Close(reference.Estimate[k], grouped.Estimate[k], 1e-7);
            Close(reference.JackknifeVariance[k], grouped.JackknifeVariance[k], 1e-7);
            Close(reference.PlugInVariance[k], grouped.PlugInVariance[k], 1e-7);
        }
    }

    private static MassPoint[] RandomHistogram(Random rng, bool allowEmpty = true)
    {
        var histogram = new MassPoint[36 + rng.Next(40)];
        for (var v = 0; v < histogram.Length; v++)
        {
            var count = allowEmpty && rng.Next(4) == 0 ? 0 : rng.Next(1, rng.Next(2) == 0 ? 4 : 60);
            histogram[v] = new MassPoint(v, count);
        }

        return histogram;
    }

    private static double[] Expand(IEnumerable<MassPoint> histogram) =>
        [.. histogram.SelectMany(p => Enumerable.Repeat(p.Value, (int)p.Count))];

    private static (DensityTestResult? Result, string? Error) Outcome(Func<DensityTestResult> run)
    {
        try
        {
            return (run(), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.GetType().Name);
        }
    }

    private static void AssertSame(DensityTestResult expected, DensityTestResult actual)
    {
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.HasRepeatedValues, actual.HasRepeatedValues);
        Close(expected.Bandwidths.Left, actual.Bandwidths.Left);
        Close(expected.Bandwidths.Right, actual.Bandwidths.Right);
        foreach (var (e, a) in new[] { (expected.BiasCorrected, actual.BiasCorrected), (expected.Conventional!, actual.Conventional!) })
        {
            Close(e.Test.T, a.Test.T);
            Close(e.Test.PValue, a.Test.PValue);
            Close(e.Estimate.Left, a.Estimate.Left);
            Close(e.Estimate.Right, a.Estimate.Right);
            Close(e.Estimate.Difference, a.Estimate.Difference);
            Close(e.StandardError.Left, a.StandardError.Left);
            Close(e.StandardError.Right, a.StandardError.Right);
            Close(e.StandardError.Difference, a.StandardError.Difference);
        }
    }

    /// <summary>
    /// Equal within a relative tolerance (1e-15 absolute for values near 0), NaN only where the other is NaN, and an
    /// infinity (a t-statistic over a zero standard error) only where the other is the same infinity.
    /// </summary>
    private static void Close(double expected, double actual, double tolerance = 1e-9)
    {
        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            Assert.True(expected == actual, $"expected {expected:R}, got {actual:R}");
            return;
        }

        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"expected {expected:R}, got {actual:R}");
            return;
        }

        var error = Math.Abs(actual - expected);
        Assert.True(error <= tolerance * Math.Abs(expected) || error <= 1e-15, $"expected {expected:R}, got {actual:R} (relative error {error / Math.Abs(expected):E2})");
    }
}
