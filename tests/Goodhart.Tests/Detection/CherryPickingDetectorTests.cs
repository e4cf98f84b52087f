using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Detection;

public sealed class CherryPickingDetectorTests
{
    [Fact]
    public void Detect_OneClassStepsUp_MatchesHandComputation()
    {
        // Six periods, two classes; three periods each side leaves one split. Class A: 100 cases a period, overtaken
        // 20, 20, 20, 30, 30, 30. Class B: 50 a period, 5 overtaken throughout.
        // Mantel–Haenszel: A: E = 300 × 150 / 600 = 75, x₁ = 90, V = 300 × 300 × 150 × 450 / (600² × 599) = 28.171953;
        // B: E = 15 = x₁, V = 150 × 150 × 30 × 270 / (300² × 299) = 6.772575. Z = 15 / √34.944528 = 2.537474.
        // Risk difference: weights 300 × 300 / 600 = 150 (A, RD 0.1) and 150 × 150 / 300 = 75 (B, RD 0), so
        // RD = 15 / 225 = 6.6667 points. Variance: 150² × (0.21 + 0.16) / 300 = 27.75 and 75² × 2 × 0.09 / 150 = 6.75,
        // (27.75 + 6.75) / 225² = 0.00068148, se 2.610520 points (shares fit their segments exactly, no widening):
        // interval 6.666667 ± 5.116525 = [1.550141, 11.783192]. Permutation p about 1/20, so watch, not alert.
        // Less urgent overtaking: 2 per row, 12 / 450 each side; breached overtaken: 3 of 10 per row, 0.3.
        var rows = new List<OvertakingCount>();
        for (var p = 0; p < 6; p++)
        {
            var start = new DateOnly(2025, 1, 1).AddMonths(p);
            rows.Add(new OvertakingCount(start, "A", 100, p < 3 ? 20 : 30, 2, 10, 3));
            rows.Add(new OvertakingCount(start, "B", 50, 5, 2, 10, 3));
        }

        var finding = CherryPickingDetector.Detect(rows, new CherryPickingOptions { MinimumPeriods = 6 });

        Assert.Equal(6.666667, finding.Effect!.Value, 5);
        Assert.Equal(1.550141, finding.Effect.Interval!.Value.Lower, 5);
        Assert.Equal(11.783192, finding.Effect.Interval!.Value.Upper, 5);
        Assert.Equal(75.0 / 450, finding.Evidence[1].Value, 12);
        Assert.Equal(105.0 / 450, finding.Evidence[2].Value, 12);
        Assert.Equal(12.0 / 450, finding.Evidence[3].Value, 12);
        Assert.Equal(0.3, finding.Evidence[5].Value, 12);
        Assert.Equal(0.2, finding.Evidence.Single(e => e.Name == "priority A: overtaken before the step").Value, 12);
        Assert.Equal(0.3, finding.Evidence.Single(e => e.Name == "priority A: overtaken from the step on").Value, 12);
        Assert.InRange(finding.PValue!.Value, 0.03, 0.075);
        Assert.Equal(Severity.Watch, finding.Severity);
        Assert.StartsWith("The largest rise over the periods came with the period starting 2025-04-01: from then on 23% of waiting cases were passed by a later arrival of their own priority class, against 17% before; within class, a rise of 6.7 percentage points", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NoGaming_AtMostFourAlertsIn200Seeds()
    {
        // Truth: overtaking rates move with load from period to period (more than binomial counts would) but do not
        // step. Measured: 2 alerts (2 watch) in 200 seeds; 1% of 200 is 2.
        var alerts = Enumerable.Range(1, 200).Count(seed => CherryPickingDetector.Detect(OvertakingSimulation.Counts(seed)).Severity == Severity.Alert);

        Assert.True(alerts <= 4, $"{alerts} false alerts in 200 seeds");
    }

    [Fact]
    public void Detect_EightPointsMoreOvertakingFromPeriod13_AlertsInEverySeed()
    {
        // Measured over 200 seeds: 200 alerts (a 5-point step: 112 alerts, 61 watch); the step placed at period 13 in 163,
        // within one period in 189; the interval (for the chosen split) covered the true 8 points in 186.
        var findings = Enumerable.Range(1, 50).Select(seed => CherryPickingDetector.Detect(OvertakingSimulation.Counts(seed, 0.08))).ToArray();

        Assert.All(findings, f => Assert.Equal(Severity.Alert, f.Severity));
        Assert.InRange(findings.Average(f => f.Effect!.Value), 6.5, 9.5);
        var near = findings.Count(f => Math.Abs(f.Evidence.Single(e => e.Name == "periods before the step").Value - 12) <= 1);
        Assert.True(near >= 45, $"the step was placed within a period of period 13 in {near} of 50 seeds");
        var covered = findings.Count(f => f.Effect!.Interval!.Value.Covers(8));
        Assert.True(covered >= 43, $"the interval covered the true 8 points in {covered} of 50 seeds");
    }

    [Fact]
    public void Detect_MoreOfTheOftenOvertakenClass_StratificationKeepsItQuiet()
    {
        // Truth: from period 13 class 2 (overtaken 35% of the time) arrives three times as often; no class's rate
        // changes, though the overall rate rises by about 2.5 points. Measured: 0 alerts in 200 seeds.
        var alerts = Enumerable.Range(1, 50).Count(seed => CherryPickingDetector.Detect(OvertakingSimulation.Counts(seed, mix: 3)).Severity == Severity.Alert);

        Assert.True(alerts <= 2, $"{alerts} false alerts in 50 seeds");
    }

    [Fact]
    public void Detect_Gamed_ChartHasOneSeriesPerClass()
    {
        var finding = CherryPickingDetector.Detect(OvertakingSimulation.Counts(1, 0.08));

        var chart = Assert.IsType<SeriesChart>(finding.Chart);
        Assert.Equal(["priority 1", "priority 2", "priority 3"], chart.Series.Select(s => s.Name));
        Assert.Equal(24, chart.Series[0].Points.Count);
        Assert.Equal(finding.Evidence.Single(e => e.Name == "periods before the step").Value + 0.5, chart.Marker);
    }

    [Fact]
    public void Detect_FewPeriods_NotEnoughDataWithCounts()
    {
        var finding = CherryPickingDetector.Detect(OvertakingSimulation.Counts(1, periods: 6));

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.StartsWith("Only 6 periods and ", finding.Sentence, StringComparison.Ordinal);
        Assert.Equal(6, finding.Evidence[0].Value);
    }

    [Fact]
    public void Detect_NothingEverOvertaken_NotEnoughData()
    {
        var rows = OvertakingSimulation.Counts(1).Select(r => r with { Overtaken = 0, BreachedOvertaken = 0 }).ToArray();

        Assert.Equal(Severity.NotEnoughData, CherryPickingDetector.Detect(rows).Severity);
    }

    [Fact]
    public void Detect_CasesExcludedUpstream_SaysSoInACaveat()
    {
        var finding = CherryPickingDetector.Detect(OvertakingSimulation.Counts(1), new CherryPickingOptions { Excluded = 1234 });

        Assert.Contains(finding.Caveats, c => c.StartsWith("1,234 cases were left out before counting", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_MoreOvertakenThanCases_Throws() =>
        Assert.Throws<ArgumentException>(() => CherryPickingDetector.Detect([new OvertakingCount(new DateOnly(2025, 1, 1), "1", 5, 6, 0, 0, 0)]));
}
