using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Detection;

public sealed class ReclassificationDetectorTests
{
    private static readonly DurationTarget Target = new(ExemptSimulation.Threshold);

    [Fact]
    public void Detect_ShareTripledAtThreshold_MatchesHandComputation()
    {
        // Target 240, window 3: bins 237–242, 100 cases each, 10 exempt below the target and 30 from 240 on. The local
        // linear logistic fits are exact (flat each side), so p_L = 0.1, p_R = 0.3, jump 20 points.
        // x = (i − 2.5) / 3: each side's x deviations are −1/3, 0, 1/3 (Σ² = 2/9) around a mean ½ away from x = 0.
        // Var(logit at 0), left: 1 / (3 × 9) + 0.25 / (9 × 2/9) = 0.162037; right: 1 / (3 × 21) + 0.25 / (21 × 2/9) =
        // 0.069444 (weights n·p·(1 − p) = 9 and 21). Delta method: Var(jump) = 0.21² × 0.069444 + 0.09² × 0.162037 =
        // 0.004375, se 6.614378 points, interval 20 ± 1.959964 × 6.614378 = [7.036057, 32.963943].
        // δ = logit 0.3 − logit 0.1 = 1.349927, se √(0.162037 + 0.069444) = 0.481125, z = 2.805770, p = 0.0025098.
        // No periods, so the threshold test runs alone, unadjusted.
        var durations = Enumerable.Range(237, 6).Select(t => new DurationExemptCount(t, 100, t >= 240 ? 30 : 10)).ToArray();

        var finding = ReclassificationDetector.Detect([], durations, ExemptSimulation.Exempt, Target, new ReclassificationOptions { Window = 3 });

        Assert.Equal(20, finding.Effect!.Value, 6);
        Assert.Equal(7.036057, finding.Effect.Interval!.Value.Lower, 4);
        Assert.Equal(32.963943, finding.Effect.Interval!.Value.Upper, 4);
        Assert.Equal(0.1, finding.Evidence[1].Value, 6);
        Assert.Equal(0.3, finding.Evidence[2].Value, 6);
        Assert.Equal(1 - Normal.CDF(0, 1, 2.805770), finding.PValue!.Value, 6);
        Assert.Equal(Severity.Alert, finding.Severity);
        Assert.Contains(finding.Caveats, c => c.StartsWith("The test over periods could not run: only 0 periods", StringComparison.Ordinal));
        Assert.StartsWith("Of the cases that took just past the target of 240 minutes, about 30% were recorded in an exempt category, against 10% of those just inside the target: a jump of 20.0 percentage points", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NoGaming_AtMostFourAlertsIn200Seeds()
    {
        // Truth: a smooth exempt share by duration and a wandering but level share over periods. Measured: 2 alerts
        // (13 watch) in 200 seeds; 1% of 200 is 2.
        var alerts = Enumerable.Range(1, 200).Count(seed => Detect(seed, 0, 0).Severity == Severity.Alert);

        Assert.True(alerts <= 4, $"{alerts} false alerts in 200 seeds");
    }

    [Fact]
    public void Detect_SixPointsReclassifiedPastTheTarget_AlertsInEverySeed()
    {
        // Truth: from period 13, and for durations from 240, 6 more in every hundred cases past the target are recorded
        // as exempt. Measured: 200 alerts in 200 seeds (threshold jump alone: 115; period step alone: 200).
        var findings = Enumerable.Range(1, 50).Select(seed => Detect(seed, 0.06, 0.06)).ToArray();

        Assert.All(findings, f => Assert.Equal(Severity.Alert, f.Severity));
        Assert.InRange(findings.Average(f => f.Effect!.Value), 5, 8);
    }

    [Fact]
    public void Detect_StepOverPeriodsOnly_LeadsWithTheStepHolmAdjusted()
    {
        var finding = Detect(4, 0, 0.06);

        var rawStep = finding.Evidence.Single(e => e.Name == "step test p-value (one-sided, permutation)").Value;
        var rawJump = finding.Evidence.Single(e => e.Name == "threshold test p-value (one-sided)").Value;
        Assert.True(rawStep < rawJump);

        // Holm with two tests: the smaller p-value is doubled.
        Assert.Equal(Math.Min(1, 2 * rawStep), finding.PValue!.Value, 12);
        Assert.Equal("step up in the exempt share of breaching cases", finding.Effect!.Name);
        Assert.InRange(finding.Effect.Value, 4, 9);
        Assert.Contains("The largest step up over the periods came with the period starting ", finding.Sentence, StringComparison.Ordinal);
        var chart = Assert.IsType<SeriesChart>(finding.Chart);
        Assert.Equal(239.5, chart.Marker);
    }

    [Fact]
    public void Detect_StepOverPeriodsOnly_IntervalCoversTruthInMostSeeds()
    {
        // The interval is for the split the scan chose, so it covers a little less often than 95%. Measured: the
        // true 6 points in 188 of 200 seeds; the step placed at period 13 in 168, within one period in 192.
        var findings = Enumerable.Range(1, 50).Select(seed => Detect(seed, 0, 0.06)).ToArray();

        var covered = findings.Count(f => f.Effect!.Interval!.Value.Covers(6));
        Assert.True(covered >= 43, $"the step's interval covered the true 6 points in {covered} of 50 seeds");
    }

    [Fact]
    public void Detect_NoData_NotEnoughDataNamesBothReasons()
    {
        var finding = ReclassificationDetector.Detect([], [], ExemptSimulation.Exempt, Target);

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.Contains("needs at least 200 each side", finding.Sentence, StringComparison.Ordinal);
        Assert.Contains("needs at least 10", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NoExemptCategoryNamed_PeriodTestSaysSo()
    {
        var finding = ReclassificationDetector.Detect(ExemptSimulation.Periods(1), ExemptSimulation.Durations(1), [], Target);

        Assert.Contains(finding.Caveats, c => c.Contains("no exempt categories were named", StringComparison.Ordinal));
        Assert.NotEqual(Severity.NotEnoughData, finding.Severity);
    }

    [Fact]
    public void Detect_CasesExcludedUpstream_SaysSoInACaveat()
    {
        var finding = ReclassificationDetector.Detect(ExemptSimulation.Periods(1), ExemptSimulation.Durations(1), ExemptSimulation.Exempt, Target, new ReclassificationOptions { Excluded = 1234 });

        Assert.Contains(finding.Caveats, c => c.StartsWith("1,234 cases were left out before counting", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_MoreExemptThanCases_Throws() =>
        Assert.Throws<ArgumentException>(() => ReclassificationDetector.Detect([], [new DurationExemptCount(240, 3, 4)], ExemptSimulation.Exempt, Target));

    private static Finding Detect(int seed, double jump, double step) =>
        ReclassificationDetector.Detect(ExemptSimulation.Periods(seed, step), ExemptSimulation.Durations(seed, jump), ExemptSimulation.Exempt, Target);
}
