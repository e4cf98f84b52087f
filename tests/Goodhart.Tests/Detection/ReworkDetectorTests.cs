using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Detection;

public sealed class ReworkDetectorTests
{
    private static readonly DurationTarget Target = new(RepeatContactSimulation.Threshold);

    [Fact]
    public void Detect_FlatTrendDoubledInWindow_MatchesHandComputation()
    {
        // Target 10 (last met 9), window 2, span 5: bins 5–14, window 8–9. 100 cases a bin; 10 repeats outside the
        // window, 20 inside. Degree 0: the trend is p̂ = 80 / 800 = 0.1 exactly, Var(β₀) = 1 / (800 × 0.09) = 1/72.
        // O = 40, E = 200 × 0.1 = 20, excess 20. g = 200 × 0.09 = 18, so Var(E) = 18² / 72 = 4.5; Var(O) = 200 × 0.09 =
        // 18 (the fit is exact, dispersion 0, no widening). se = √22.5 = 4.743416, z = 4.216370, p = 1 − Φ(z).
        // Points: 100 × 20 / 200 = 10. The interval's binomial part uses the window's own share, 200 × 0.2 × 0.8 = 32:
        // se √(32 + 4.5) = 6.041523, interval 10 ± 100 × 1.959964 × 6.041523 / 200 = 10 ± 5.920584. Ratio 40 / 20 = 2.
        var rows = Enumerable.Range(5, 10).Select(t => new RepeatContactCount(t, 100, t is 8 or 9 ? 20 : 10)).ToArray();
        var options = new ReworkOptions { Window = 2, Span = 5, PolynomialDegree = 0, MinimumSpanCases = 500 };

        var finding = ReworkDetector.Detect(rows, new DurationTarget(10), options);

        Assert.Equal(10, finding.Effect!.Value, 9);
        Assert.Equal(4.079416, finding.Effect.Interval!.Value.Lower, 5);
        Assert.Equal(15.920584, finding.Effect.Interval!.Value.Upper, 5);
        Assert.Equal(20, finding.Evidence[1].Value, 9);
        Assert.Equal(2, finding.Evidence[4].Value, 9);
        Assert.Equal(1 - Normal.CDF(0, 1, 4.216370), finding.PValue!.Value, 8);
        Assert.Equal(Severity.Alert, finding.Severity);
        Assert.StartsWith("Of the cases closed in the 2 minutes before 10 minutes, 20% came back, where the trend either side predicts 10%: 10.0 percentage points more", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_SmoothRepeatRate_AtMostFourAlertsIn200Seeds()
    {
        // Truth: the repeat rate is smooth through 240. Measured: 2 alerts (2 watch) in 200 seeds; 1% of 200 is 2.
        var alerts = Enumerable.Range(1, 200).Count(seed => ReworkDetector.Detect(RepeatContactSimulation.Counts(seed), Target).Severity == Severity.Alert);

        Assert.True(alerts <= 4, $"{alerts} false alerts in 200 seeds");
    }

    [Fact]
    public void Detect_FivePointsMoreRepeatsInWindow_AlertsInNearlyEverySeed()
    {
        // Truth: the cases closed in 230–239 come back 5 points more often. Measured: 199 alerts in 200 seeds.
        var findings = Enumerable.Range(1, 50).Select(seed => ReworkDetector.Detect(RepeatContactSimulation.Counts(seed, 0.05), Target)).ToArray();

        Assert.True(findings.Count(f => f.Severity == Severity.Alert) >= 47, $"{findings.Count(f => f.Severity == Severity.Alert)} alerts in 50 seeds");
        Assert.InRange(findings.Average(f => f.Effect!.Value), 4, 6);
    }

    [Fact]
    public void Detect_RushedButNoOneComesBack_NoAlert()
    {
        // Truth: half again as many cases closed in 230–239 (rushing), but at the trend's repeat rate. Measured: 2
        // alerts in 200 seeds, as with no rushing.
        var alerts = Enumerable.Range(1, 50).Count(seed => ReworkDetector.Detect(RepeatContactSimulation.Counts(seed, crowd: 1.5), Target).Severity == Severity.Alert);

        Assert.True(alerts <= 2, $"{alerts} false alerts in 50 seeds");
    }

    [Fact]
    public void Detect_Gamed_ChartAndIntervalCoverTruth()
    {
        var finding = ReworkDetector.Detect(RepeatContactSimulation.Counts(3, 0.05), Target);

        Assert.True(finding.Effect!.Interval!.Value.Covers(5), $"{finding.Effect.Interval}");
        var chart = Assert.IsType<SeriesChart>(finding.Chart);
        Assert.Equal(239.5, chart.Marker);
        Assert.Equal(120, chart.Series[1].Points.Count);
    }

    [Fact]
    public void Detect_FewCases_NotEnoughDataWithCounts()
    {
        var finding = ReworkDetector.Detect(RepeatContactSimulation.Counts(1, cases: 2_000), Target);

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.Contains("needs at least 100 and 1000", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NoRepeatsAtAll_NotEnoughData()
    {
        var rows = RepeatContactSimulation.Counts(1).Select(r => r with { Repeats = 0 }).ToArray();

        var finding = ReworkDetector.Detect(rows, Target);

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.StartsWith("None of the ", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CasesExcludedUpstream_SaysSoInACaveat()
    {
        var finding = ReworkDetector.Detect(RepeatContactSimulation.Counts(1), Target, new ReworkOptions { Excluded = 1234 });

        Assert.Contains(finding.Caveats, c => c.StartsWith("1,234 cases were left out before counting", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_MoreRepeatsThanCases_Throws() =>
        Assert.Throws<ArgumentException>(() => ReworkDetector.Detect([new RepeatContactCount(230, 5, 6)], Target));
}
