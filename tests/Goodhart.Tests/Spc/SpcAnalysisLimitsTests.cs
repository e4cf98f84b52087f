using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>Centre lines and limits of every chart kind, against hand computations from the published formulas.</summary>
public sealed class SpcAnalysisLimitsTests
{
    private const double Tol = 1e-9;

    private static SpcResult Chart(ChartKind chart, double?[] values, double?[]? denominators = null, SpcOptions? options = null)
    {
        var series = denominators is null ? SpcSeries.Of("s", values) : SpcSeries.Of("s", values, denominators);
        return SpcAnalysis.Run(series, (options ?? new SpcOptions()) with { Chart = chart, FalseAlarmReplicates = 0 });
    }

    [Fact]
    public void Run_IndividualsChart_UsesMeanAndMeanMovingRangeOver1128()
    {
        // 1, 3, 2, 4, 3: mean 13/5 = 2.6; moving ranges 2, 1, 2, 1, mean 1.5 (none ≥ 3.267 × 1.5 = 4.9005);
        // sigma = 1.5 / 1.128 = 1.3297872340; limits 2.6 ± 3.9893617021, 2-sigma 2.6 ± 2.6595744681.
        var result = Chart(ChartKind.Individuals, [1, 3, 2, 4, 3]);
        var p = result.Points[0];
        Assert.Equal(2.6, p.Centre!.Value, Tol);
        Assert.Equal(2.6 + 3.9893617021276597, p.Upper!.Value, Tol);
        Assert.Equal(2.6 - 3.9893617021276597, p.Lower!.Value, Tol);
        Assert.Equal(2.6 + 2.6595744680851063, p.Upper2!.Value, Tol);
        Assert.Equal(1.5 / 1.128, result.Phases[0].Sigma!.Value, Tol);
        Assert.Equal(1.5, result.Phases[0].MeanMovingRange!.Value, Tol);
        Assert.All(result.Points, q => Assert.Equal(SpcRule.None, q.Rules));
    }

    [Fact]
    public void Run_IndividualsChartWithE2266_PutsLimitsAt266MeanMovingRanges()
    {
        // NHSRplotthedots: 2.6 ± 2.66 × 1.5 = 2.6 ± 3.99; near limits 2.6 ± (2/3) × 2.66 × 1.5 = 2.6 ± 2.66.
        var result = Chart(ChartKind.Individuals, [1, 3, 2, 4, 3], options: new SpcOptions(E2: 2.66));
        Assert.Equal(6.59, result.Points[0].Upper!.Value, Tol);
        Assert.Equal(-1.39, result.Points[0].Lower!.Value, Tol);
        Assert.Equal(5.26, result.Points[0].Upper2!.Value, Tol);
    }

    [Fact]
    public void Run_LargeJump_IsScreenedOutOfTheMeanMovingRangeOnceByDefault()
    {
        // 5,6,5,6,5,6,5,6,5,20: moving ranges eight 1s and one 15, mean 23/9 = 2.5556; 15 ≥ 3.267 × 2.5556 = 8.349
        // is left out and the mean taken again: 8/8 = 1. Mean of values (25 + 24 + 20)/10 = 6.9; UCL 6.9 + 3/1.128.
        double?[] values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 20];
        var screened = Chart(ChartKind.Individuals, values);
        Assert.Equal(1.0, screened.Phases[0].MeanMovingRange!.Value, Tol);
        Assert.Equal(1, screened.Phases[0].ScreenedMovingRanges);
        Assert.Equal(6.9 + (3 / 1.128), screened.Points[0].Upper!.Value, Tol);
        Assert.Contains(screened.Warnings, w => w.Code == "screened-moving-ranges");

        // Screening off (the Making Data Count Excel tool): mean moving range 23/9.
        var unscreened = Chart(ChartKind.Individuals, values, options: new SpcOptions(ScreenMovingRanges: false));
        Assert.Equal(23.0 / 9, unscreened.Phases[0].MeanMovingRange!.Value, Tol);
        Assert.Equal(6.9 + (3 * 23.0 / 9 / 1.128), unscreened.Points[0].Upper!.Value, Tol);
        Assert.Equal(0, unscreened.Phases[0].ScreenedMovingRanges);
    }

    [Fact]
    public void Run_MissingValue_KeepsItsPlaceAndNoMovingRangeSpansTheGap()
    {
        // 1, 3, _, 2, 4, 3: moving ranges 1→3 = 2, 2→4 = 2, 4→3 = 1 (none across the gap): mean 5/3; mean 13/5 = 2.6.
        var result = Chart(ChartKind.Individuals, [1, 3, null, 2, 4, 3]);
        Assert.Equal(6, result.Points.Count);
        Assert.Null(result.Points[2].Value);
        Assert.Equal(5.0 / 3, result.Phases[0].MeanMovingRange!.Value, Tol);
        Assert.Equal(2.6, result.Points[2].Centre!.Value, Tol);
        Assert.Equal(5, result.ValueCount);
    }

    [Fact]
    public void Run_MovingRangeChart_PlotsRangesWithCentreMeanAndUpperLimitD4()
    {
        // 1, 3, 2, 4, 3 → ranges _, 2, 1, 2, 1: centre 1.5, upper 3.267 × 1.5 = 4.9005, lower 0.
        var result = Chart(ChartKind.MovingRange, [1, 3, 2, 4, 3]);
        Assert.Null(result.Points[0].Value);
        Assert.Equal([null, 2, 1, 2, 1], result.Points.Select(p => p.Value));
        Assert.Equal(1.5, result.Points[1].Centre!.Value, Tol);
        Assert.Equal(4.9005, result.Points[1].Upper!.Value, Tol);
        Assert.Equal(0, result.Points[1].Lower!.Value, Tol);
    }

    [Fact]
    public void Run_PChart_UsesBinomialSigmaPerPoint()
    {
        // y = 10, 20, 35 of n = 100: p̄ = 65/300 = 0.21666…; sigma = √(p̄(1 − p̄)/100) = 0.0411974;
        // UCL = 0.2166667 + 0.1235922 = 0.3402589, so 0.35 is beyond it; LCL = 0.0930745.
        var result = Chart(ChartKind.P, [10, 20, 35], [100, 100, 100]);
        var pBar = 65.0 / 300;
        var sigma = Math.Sqrt(pBar * (1 - pBar) / 100);
        Assert.Equal(pBar, result.Points[0].Centre!.Value, Tol);
        Assert.Equal(pBar + (3 * sigma), result.Points[2].Upper!.Value, Tol);
        Assert.Equal(pBar - (3 * sigma), result.Points[2].Lower!.Value, Tol);
        Assert.Equal(0.35, result.Points[2].Value!.Value, Tol);
        Assert.Equal(SpcRule.BeyondLimits, result.Points[2].Rules);
    }

    [Fact]
    public void Run_PChartWithSmallDenominators_ClipsLimitsToZeroAndOne()
    {
        // y = 1, 1, 1 of n = 2: p̄ = 0.5, sigma = √(0.25/2) = 0.3536; 0.5 ± 1.0607 → clipped to [0, 1].
        var result = Chart(ChartKind.P, [1, 1, 1], [2, 2, 2]);
        Assert.Equal(1, result.Points[0].Upper!.Value, Tol);
        Assert.Equal(0, result.Points[0].Lower!.Value, Tol);
    }

    [Fact]
    public void Run_PPrimeChart_WidensBinomialSigmaByMovingRangeSigmaOfZScores()
    {
        // y = 10, 20, 30 of 100: p̄ = 0.2, sigma_i = 0.04; z = −2.5, 0, 2.5; moving ranges 2.5, 2.5 → σz = 2.5/1.128
        // = 2.2163121; limits 0.2 ± 3 × 0.04 × 2.2163121 = 0.2 ± 0.2659574 → UCL 0.4659574, LCL clipped to 0.
        var result = Chart(ChartKind.PPrime, [10, 20, 30], [100, 100, 100]);
        Assert.Equal(2.5 / 1.128, result.Phases[0].Sigma!.Value, Tol);
        Assert.Equal(0.2 + (3 * 0.04 * 2.5 / 1.128), result.Points[0].Upper!.Value, Tol);
        Assert.Equal(0, result.Points[0].Lower!.Value, Tol);
    }

    [Fact]
    public void Run_UChart_UsesPoissonSigmaPerPointWithLowerLimitAtZero()
    {
        // y = 2, 4, 6 per n = 10, 10, 20: ū = 12/40 = 0.3; sigma = √(0.3/10) = 0.1732051 (points 1, 2),
        // √(0.3/20) = 0.1224745 (point 3); UCL 0.8196152 and 0.6674235; LCL 0.3 − 0.5196 < 0 → 0.
        var result = Chart(ChartKind.U, [2, 4, 6], [10, 10, 20]);
        Assert.Equal(0.3, result.Points[0].Centre!.Value, Tol);
        Assert.Equal(0.3 + (3 * Math.Sqrt(0.03)), result.Points[0].Upper!.Value, Tol);
        Assert.Equal(0.3 + (3 * Math.Sqrt(0.015)), result.Points[2].Upper!.Value, Tol);
        Assert.Equal(0, result.Points[0].Lower!.Value, Tol);
        Assert.Equal(0, result.Points[2].Lower!.Value, Tol);
    }

    [Fact]
    public void Run_UPrimeChart_WidensPoissonSigmaByMovingRangeSigmaOfZScores()
    {
        // z = (0.2 − 0.3)/0.1732051 = −0.5773503, (0.4 − 0.3)/0.1732051 = 0.5773503, (0.3 − 0.3)/0.1224745 = 0;
        // moving ranges 1.1547005, 0.5773503, mean 0.8660254 → σz = 0.7677530; UCL₁ = 0.3 + 3 × 0.1732051 × 0.7677530.
        var result = Chart(ChartKind.UPrime, [2, 4, 6], [10, 10, 20]);
        var sigmaZ = (Math.Sqrt(1.0 / 3) * 1.5) / 1.128;
        Assert.Equal(sigmaZ, result.Phases[0].Sigma!.Value, Tol);
        Assert.Equal(0.3 + (3 * Math.Sqrt(0.03) * sigmaZ), result.Points[0].Upper!.Value, Tol);
    }

    [Fact]
    public void Run_CChart_UsesMeanCountAndRootMeanSigma()
    {
        // 4, 6, 8, 2: c̄ = 5, sigma = √5 = 2.2360680; UCL 11.7082039, LCL 5 − 6.708 < 0 → 0.
        var result = Chart(ChartKind.C, [4, 6, 8, 2]);
        Assert.Equal(5, result.Points[0].Centre!.Value, Tol);
        Assert.Equal(5 + (3 * Math.Sqrt(5)), result.Points[0].Upper!.Value, Tol);
        Assert.Equal(0, result.Points[0].Lower!.Value, Tol);
    }

    [Fact]
    public void Run_RunChart_UsesMedianAndHasNoLimits()
    {
        // 5, 1, 4, 2, 9, 3: sorted 1 2 3 4 5 9, median (3 + 4)/2 = 3.5.
        var result = Chart(ChartKind.Run, [5, 1, 4, 2, 9, 3]);
        Assert.Equal(3.5, result.Points[0].Centre!.Value, Tol);
        Assert.All(result.Points, p => Assert.Null(p.Upper));
        Assert.Null(result.Phases[0].Sigma);
    }

    [Fact]
    public void Run_DenominatorsOnAnIndividualsChart_PlotsTheRatio()
    {
        // y/n = 0.5, 0.25, 0.75: mean 0.5; moving ranges 0.25, 0.5 → mean 0.375.
        var result = Chart(ChartKind.Individuals, [1, 1, 3], [2, 4, 4]);
        Assert.Equal([0.5, 0.25, 0.75], result.Points.Select(p => p.Value!.Value));
        Assert.Equal(0.5, result.Points[0].Centre!.Value, Tol);
        Assert.Equal(0.375, result.Phases[0].MeanMovingRange!.Value, Tol);
    }

    [Fact]
    public void Run_Phases_GiveEachPhaseItsOwnLimitsAndNoMovingRangeAcrossTheBreak()
    {
        // Phase 1: 1, 3, 2, 4, 3 (mean 2.6, mean moving range 1.5); phase 2: 11, 13, 12, 14, 13 (mean 12.6, 1.5).
        // The jump 3 → 11 at the break is not a moving range of either phase.
        var result = Chart(ChartKind.Individuals, [1, 3, 2, 4, 3, 11, 13, 12, 14, 13], options: new SpcOptions(PhaseStarts: [5]));
        Assert.Equal(2, result.Phases.Count);
        Assert.Equal(2.6, result.Points[4].Centre!.Value, Tol);
        Assert.Equal(12.6, result.Points[5].Centre!.Value, Tol);
        Assert.Equal(1.5, result.Phases[1].MeanMovingRange!.Value, Tol);
        Assert.Equal(1, result.Points[5].Phase);
        Assert.All(result.Points, p => Assert.Equal(SpcRule.None, p.Rules & SpcRule.BeyondLimits));
        Assert.Equal(2, result.Warnings.Count(w => w.Code == "trial-limits"));
    }

    [Fact]
    public void Run_Baseline_FixesLimitsOnTheFirstPoints()
    {
        // Baseline of 12: 11, 9, 11, 9 … (mean 10, every moving range 2 → sigma 2/1.128); later points do not move it.
        var values = Baseline().Concat<double?>([30, 31, 32]).ToArray();
        var result = Chart(ChartKind.Individuals, values, options: new SpcOptions(Baseline: 12));
        Assert.Equal(10, result.Points[14].Centre!.Value, Tol);
        Assert.Equal(10 + (3 * 2 / 1.128), result.Points[14].Upper!.Value, Tol);
        Assert.True(result.Points[11].InBaseline);
        Assert.False(result.Points[12].InBaseline);
        Assert.Equal(12, result.Phases[0].BaselineValues);
        Assert.True(result.Phases[0].TrialLimits);
    }

    [Fact]
    public void Run_ZeroSpread_WarnsAndKeepsLimitsOnTheCentreLine()
    {
        var result = Chart(ChartKind.Individuals, [4, 4, 4, 4]);
        Assert.Equal(4, result.Points[0].Upper!.Value, Tol);
        Assert.Contains(result.Warnings, w => w.Code == "zero-spread");
        Assert.All(result.Points, p => Assert.False(p.IsSignal));
    }

    [Fact]
    public void Run_OnePoint_HasACentreButNoLimitsAndSaysWhy()
    {
        var result = Chart(ChartKind.Individuals, [4]);
        Assert.Equal(4, result.Points[0].Centre!.Value, Tol);
        Assert.Null(result.Points[0].Upper);
        Assert.Contains(result.Warnings, w => w.Code == "no-limits");
        Assert.Equal(VariationVerdict.CommonCause, result.Variation);
    }

    [Fact]
    public void Run_InvalidDenominators_AreLeftOutWithAWarningNamingThePeriod()
    {
        var result = Chart(ChartKind.P, [5, 5, 12, 5], [10, 0, 10, 10]);
        Assert.Null(result.Points[1].Value);
        Assert.Null(result.Points[2].Value);
        Assert.Equal(2, result.Warnings.Count(w => w.Code == "invalid-point"));
        Assert.Contains(result.Warnings, w => w.Index == 2 && w.Message.Contains("above the denominator", StringComparison.Ordinal));
        Assert.Equal(0.5, result.Points[0].Centre!.Value, Tol);
    }

    [Fact]
    public void Run_PChartWithoutDenominators_Throws()
    {
        Assert.Throws<ArgumentException>(() => SpcAnalysis.Run(SpcSeries.Of("s", [1, 2, 3]), new SpcOptions(Chart: ChartKind.P)));
    }

    [Fact]
    public void Run_DuplicateAndUnsortedPeriods_AreReportedNotReordered()
    {
        var keys = new[] { 1.0, 2, 2, 1 }.Select(SpcKey.Of).ToList();
        var result = SpcAnalysis.Run(new SpcSeries("s", keys, [1, 2, 3, 4]), new SpcOptions(FalseAlarmReplicates: 0));
        Assert.Contains(result.Warnings, w => w.Code == "duplicate-period" && w.Index == 2);
        Assert.Contains(result.Warnings, w => w.Code == "unsorted-period" && w.Index == 3);
        Assert.Equal([1.0, 2, 3, 4], result.Points.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Run_NoValueIsEverNaN()
    {
        var result = Chart(ChartKind.PPrime, [null, 0, 0, null], [10, 10, 10, 10]);
        foreach (var p in result.Points)
        {
            foreach (var v in new[] { p.Value, p.Centre, p.Lower, p.Upper, p.Lower2, p.Upper2 })
            {
                Assert.False(v is { } x && double.IsNaN(x));
            }
        }
    }

    internal static double?[] Baseline() => [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9];
}
