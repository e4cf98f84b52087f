using Goodhart.Spc;
using Goodhart.Spc.Funnel;

namespace Goodhart.Tests.Spc.Funnel;

public sealed class FunnelAnalysisTests
{
    // Five units, proportions. Σy = 160, Σn = 800, so θ₀ = 0.2 and V(θ₀) = 0.2 × 0.8 = 0.16.
    // s = sqrt(0.16/100) = 0.04 for n = 100; sqrt(0.16/200) = 0.0282843 for n = 200.
    // z: A (0.10 − 0.2)/0.04 = −2.5; B (0.30 − 0.2)/0.04 = 2.5; C 0; D 0.05/0.0282843 = 1.767767; E −1.767767.
    // Sorted z: −2.5, −1.767767, 0, 1.767767, 2.5. Type-7 10th percentile: h = 4 × 0.1 = 0.4, so
    // −2.5 + 0.4 × 0.732233 = −2.207107; the 90th percentile is +2.207107 by symmetry.
    // Winsorised z²: 4.871320, 3.125, 0, 3.125, 4.871320; sum 15.992641; φ = 15.992641/5 = 3.198528.
    // Test: I·φ = 15.992641 on 4 df; P(χ²₄ ≥ x) = e^(−x/2)(1 + x/2) = e^(−7.996320) × 8.996320 = 0.0030291.
    // w = n/V: 625, 625, 1250, 1250, 1250; Σw = 5000; Σw² = 5,468,750; Σw²/Σw = 1093.75; Σw − Σw²/Σw = 3906.25.
    // τ² = (15.992641 − 4)/3906.25 = 0.0030701.
    // Unit A (n = 100), additive: sd = sqrt(0.0016 + 0.0030701) = 0.0683382;
    // 95%: 0.2 ± 1.959964 × 0.0683382 = 0.0660595, 0.3339405; 99.8%: 0.2 ± 3.090232 × 0.0683382 = −0.011181 → 0, 0.4111810.
    // Adjusted z of A: −0.1/0.0683382 = −1.463309.
    private static readonly FunnelUnit[] Five =
    [
        new("A", 10, 100),
        new("B", 30, 100),
        new("C", 40, 200),
        new("D", 50, 200),
        new("E", 30, 200),
    ];

    [Fact]
    public void Run_FiveProportions_TargetAndZScoresMatchHandComputation()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion));

        Assert.Equal(0.2, result.Target, 12);
        Assert.True(result.TargetIsOverallRate);
        double[] expected = [-2.5, 2.5, 0, 1.767767, -1.767767];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], result.Units[i].Z, 1e-5);
        }
    }

    [Fact]
    public void Run_FiveProportions_WinsorisedPhiAndTestMatchHandComputation()
    {
        var d = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion)).Overdispersion!;

        Assert.Equal(-2.207107, d.WinsorLow, 1e-5);
        Assert.Equal(2.207107, d.WinsorHigh, 1e-5);
        Assert.Equal(3.198528, d.Phi, 1e-5);
        Assert.Equal(15.992641, d.Statistic, 1e-5);
        Assert.Equal(4, d.DegreesOfFreedom);
        Assert.Equal(0.0030291, d.PValue, 1e-6);
        Assert.True(d.IsSignificant);
        Assert.Equal(0.0030701, d.Tau2, 1e-7);
    }

    [Fact]
    public void Run_FiveProportionsAutomatic_UsesAdditiveLimitsFromHandComputation()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion));
        var a = result.Units[0];

        Assert.Equal(FunnelAdjustment.Additive, result.Adjustment);
        Assert.Equal(FunnelLimitMethod.Normal, result.LimitMethod);
        Assert.Equal(0.0660595, a.Limits.Lower95, 1e-6);
        Assert.Equal(0.3339405, a.Limits.Upper95, 1e-6);
        Assert.Equal(0, a.Limits.Lower998, 12);
        Assert.Equal(0.4111810, a.Limits.Upper998, 1e-6);
        Assert.Equal(-1.463309, a.AdjustedZ, 1e-5);
        Assert.Equal(FunnelBand.Within95, a.Band);
        Assert.Contains("more than chance", result.Summary, StringComparison.Ordinal);
        Assert.Contains("additive", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FiveProportionsMultiplicative_InflatesBySqrtPhi()
    {
        // Unit A: 0.2 − 1.959964 × sqrt(3.198528 × 0.0016) = 0.0597886; z = −2.5/sqrt(3.198528) = −1.397864.
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.Multiplicative));

        Assert.Equal(FunnelAdjustment.Multiplicative, result.Adjustment);
        Assert.Equal(0.0597886, result.Units[0].Limits.Lower95, 1e-6);
        Assert.Equal(-1.397864, result.Units[0].AdjustedZ, 1e-5);
    }

    [Fact]
    public void Run_FiveProportionsNoAdjustment_ExactBinomialLimits()
    {
        // Binomial(100, 0.2) (Spiegelhalter 2005 appendix A.1.1; CDF by summing the pmf):
        // p = 0.025: r = 12, F(12) = 0.0253288, F(11) = 0.0125749, α = (0.0253288 − 0.025)/0.0127539 = 0.0257767,
        //   limit (12 − 0.0257767)/100 = 0.1197422.
        // p = 0.975: r = 28, F(28) = 0.9799798, F(27) = 0.9658484, α = 0.3523915, limit 0.2764761.
        // p = 0.001: r = 9, α = 0.9021747, limit 0.0809783.  p = 0.999: r = 33, α = 0.3234148, limit 0.3267659.
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None));
        var a = result.Units[0];

        Assert.Equal(FunnelLimitMethod.Exact, result.LimitMethod);
        Assert.Equal(0.1197422, a.Limits.Lower95, 1e-6);
        Assert.Equal(0.2764761, a.Limits.Upper95, 1e-6);
        Assert.Equal(0.0809783, a.Limits.Lower998, 1e-6);
        Assert.Equal(0.3267659, a.Limits.Upper998, 1e-6);
        Assert.Equal(FunnelBand.Below95, a.Band);
        Assert.Equal(FunnelBand.Above95, result.Units[1].Band);
        Assert.Contains("not adjusted", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RateWithGivenTarget_ExactPoissonLimits()
    {
        // An O/E ratio with E = 10 and target 1: Poisson(10) (CDF by summing the pmf).
        // p = 0.025: r = 4, F(4) = 0.0292527, F(3) = 0.0103361, α = 0.2248121, limit (4 − α)/10 = 0.3775188.
        // p = 0.975: r = 17, α = 0.8400493, limit 1.6159951. p = 0.001: r = 2, limit 0.1220529. p = 0.999: r = 21, limit 2.0662001.
        var units = new[] { new FunnelUnit("X", 12, 10), new FunnelUnit("Y", 30, 20) };
        var result = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Rate, Target: 1, Adjustment: FunnelAdjustment.None));
        var limits = result.LimitsAt(10);

        Assert.Equal(0.3775188, limits.Lower95, 1e-6);
        Assert.Equal(1.6159951, limits.Upper95, 1e-6);
        Assert.Equal(0.1220529, limits.Lower998, 1e-6);
        Assert.Equal(2.0662001, limits.Upper998, 1e-6);
        Assert.Equal(limits, result.Units[0].Limits);
        Assert.False(result.TargetIsOverallRate);
    }

    [Fact]
    public void Run_NormalMethod_UsesNormalFormula()
    {
        // 0.2 ± 1.959964 × 0.04 = 0.1216014, 0.2783986; ± 3.090232 × 0.04 = 0.0763907, 0.3236093.
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Limits: FunnelLimitMethod.Normal, Adjustment: FunnelAdjustment.None));

        Assert.Equal(0.1216014, result.Units[0].Limits.Lower95, 1e-6);
        Assert.Equal(0.2783986, result.Units[0].Limits.Upper95, 1e-6);
        Assert.Equal(0.0763907, result.Units[0].Limits.Lower998, 1e-6);
        Assert.Equal(0.3236093, result.Units[0].Limits.Upper998, 1e-6);
    }

    [Fact]
    public void Run_ExactLimits_ApproachNormalForLargeDenominators()
    {
        var exact = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None));
        var normal = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Limits: FunnelLimitMethod.Normal, Adjustment: FunnelAdjustment.None));

        // At n = 1,000,000 the normal half-width at 99.8% is 3.09 × 0.0004 = 0.0012; the two forms agree to a few 1e-6.
        Assert.Equal(normal.LimitsAt(1e6).Upper998, exact.LimitsAt(1e6).Upper998, 4);
        Assert.Equal(normal.LimitsAt(1e6).Lower95, exact.LimitsAt(1e6).Lower95, 4);
    }

    [Fact]
    public void Run_Direction_MapsSidesToImprovementAndConcern()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None, Direction: ImprovementDirection.Increase));

        Assert.Equal((SignalSide.Low, SignalKind.Concern), (result.Units[0].Side, result.Units[0].Signal));
        Assert.Equal((SignalSide.High, SignalKind.Improvement), (result.Units[1].Side, result.Units[1].Signal));
        Assert.Equal((SignalSide.None, SignalKind.None), (result.Units[2].Side, result.Units[2].Signal));
    }

    [Fact]
    public void Run_NeutralDirection_SignalsAreNeutral()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None));

        Assert.Equal(SignalKind.Neutral, result.Units[0].Signal);
    }

    [Fact]
    public void Run_Curve_SpansSmallestToLargestDenominator()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, CurvePoints: 50));

        Assert.Equal(50, result.Curve.Count);
        Assert.Equal(100, result.Curve[0].Denominator, 9);
        Assert.Equal(200, result.Curve[^1].Denominator, 9);
        Assert.All(result.Curve.Zip(result.Curve.Skip(1)), pair => Assert.True(pair.Second.Denominator > pair.First.Denominator));
        Assert.Equal(result.Units[0].Limits, result.Curve[0].Limits);
    }

    [Fact]
    public void Run_ExactCurve_NarrowsAsDenominatorGrows()
    {
        var units = new[] { new FunnelUnit("a", 3, 20), new FunnelUnit("b", 900, 9000) };
        var result = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None));

        // The interpolated quantiles of a discrete count are not strictly monotone in n: between neighbouring grid
        // points the width can grow by a hair (a Python check of the same formula: up to 0.0003 near n = 45).
        var widths = result.Curve.Select(c => c.Limits.Upper998 - c.Limits.Lower998).ToList();
        Assert.All(widths.Zip(widths.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 0.001));
        Assert.True(widths[^1] < widths[0] / 5);
        Assert.All(result.Curve, c => Assert.True(c.Limits.Lower998 <= c.Limits.Lower95 && c.Limits.Lower95 <= result.Target && result.Target <= c.Limits.Upper95 && c.Limits.Upper95 <= c.Limits.Upper998));
    }

    [Fact]
    public void Run_FewUnits_WarnsThatDispersionIsUnreliable()
    {
        var result = FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion));

        Assert.Contains(result.Warnings, w => w.Code == "few-units");
    }

    [Fact]
    public void Run_ProportionAboveOne_LeavesUnitOutWithProblem()
    {
        FunnelUnit[] units = [.. Five, new FunnelUnit("F", 12, 10), new FunnelUnit("G", -1, 10), new FunnelUnit("H", 1, 0)];

        var result = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion));

        Assert.Equal(5, result.Units.Count);
        Assert.Contains(result.Warnings, w => w is { Code: "numerator-above-denominator", Index: 5 });
        Assert.Contains(result.Warnings, w => w is { Code: "bad-numerator", Index: 6 });
        Assert.Contains(result.Warnings, w => w is { Code: "bad-denominator", Index: 7 });
        Assert.Equal(0.2, result.Target, 12);
    }

    [Fact]
    public void Run_RateAboveOne_IsAllowed()
    {
        var result = FunnelAnalysis.Run([new FunnelUnit("F", 12, 10), new FunnelUnit("G", 5, 10)], new FunnelOptions(FunnelKind.Rate));

        Assert.Equal(2, result.Units.Count);
        Assert.Equal(17.0 / 20, result.Target, 12);
    }

    [Fact]
    public void Run_TargetZero_WarnsAndFlagsAnyEvents()
    {
        var units = new[] { new FunnelUnit("a", 0, 50), new FunnelUnit("b", 1, 50) };

        var result = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion, Target: 0));

        Assert.Contains(result.Warnings, w => w.Code == "degenerate-target");
        Assert.Null(result.Overdispersion);
        Assert.Equal(FunnelAdjustment.None, result.Adjustment);
        Assert.Equal(FunnelBand.Within95, result.Units[0].Band);
        Assert.Equal(FunnelBand.Above998, result.Units[1].Band);
    }

    [Fact]
    public void Run_OverallRateOne_WarnsDegenerate()
    {
        var result = FunnelAnalysis.Run([new FunnelUnit("a", 5, 5), new FunnelUnit("b", 9, 9)], new FunnelOptions(FunnelKind.Proportion));

        Assert.Contains(result.Warnings, w => w.Code == "degenerate-target");
        Assert.All(result.Units, u => Assert.Equal(FunnelBand.Within95, u.Band));
    }

    [Fact]
    public void Run_NoUsableUnits_ReturnsEmptyResultWithWarning()
    {
        var result = FunnelAnalysis.Run([new FunnelUnit("a", 5, 0)], new FunnelOptions(FunnelKind.Proportion));

        Assert.Empty(result.Units);
        Assert.Empty(result.Curve);
        Assert.Contains(result.Warnings, w => w.Code == "no-units");
    }

    [Fact]
    public void Run_OneUnit_NoDispersionEstimate()
    {
        var result = FunnelAnalysis.Run([new FunnelUnit("a", 5, 50)], new FunnelOptions(FunnelKind.Proportion));

        Assert.Null(result.Overdispersion);
        Assert.Equal(FunnelAdjustment.None, result.Adjustment);
        Assert.Single(result.Curve);
    }

    [Fact]
    public void Run_ForcedAdditiveWithoutOverdispersion_TauIsZeroAndLimitsAreNormal()
    {
        // Every unit exactly on target: φ = 0, τ² = max(0, (0 − 4)/…) = 0.
        var units = Enumerable.Range(0, 5).Select(i => new FunnelUnit($"u{i}", 10 * (i + 1), 100 * (i + 1))).ToArray();

        var result = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.Additive));

        Assert.Equal(0, result.Tau2!.Value, 12);
        Assert.Equal(FunnelAdjustment.Additive, result.Adjustment);
        Assert.Equal(0.1 - (1.959964 * Math.Sqrt(0.09 / 100)), result.Units[0].Limits.Lower95, 9);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Run_ProportionTargetOutOfRange_Throws(double target)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Target: target)));
    }

    [Fact]
    public void Run_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, WinsorFraction: 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, CurvePoints: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelAnalysis.Run(Five, new FunnelOptions(FunnelKind.Proportion, Multiplier: 0)));
        Assert.Throws<ArgumentNullException>(() => FunnelAnalysis.Run(null!, new FunnelOptions(FunnelKind.Proportion)));
    }

    [Fact]
    public void Percentile_Type7_InterpolatesBetweenOrderStatistics()
    {
        // R: quantile(c(1, 2, 4, 8), 0.1) = 1 + 0.3 × (2 − 1) = 1.3; quantile(…, 0.9) = 4 + 0.7 × 4 = 6.8.
        Assert.Equal(1.3, FunnelAnalysis.Percentile([1, 2, 4, 8], 0.1), 12);
        Assert.Equal(6.8, FunnelAnalysis.Percentile([1, 2, 4, 8], 0.9), 12);
    }
}
