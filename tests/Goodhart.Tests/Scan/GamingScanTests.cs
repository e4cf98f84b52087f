using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Scan;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Scan;

public sealed class GamingScanTests
{
    private static readonly ScanOptions Options = new(new DurationTarget(240));

    [Fact]
    public void Adjust_AlertOnItsOwnAmongThreeTests_DropsToWatch()
    {
        // Holm with m = 3: sorted 0.004 (×3 = 0.012), 0.3 (×2 = 0.6), 0.5 (×1 = 0.5 → running max 0.6).
        // Alone, p = 0.004 < 0.01 with a practical effect is an alert; adjusted to 0.012 it is only convincing at 5%: watch.
        var rushing = Tested(ScanCodes.Rushing, 0.004, effect: 0.5);
        Assert.Equal(Severity.Alert, SeverityRule.Default.Classify(rushing.PValue, rushing.Effect));

        var (findings, tests) = GamingScan.Adjust(
            [rushing, Tested(ScanCodes.Parking, 0.3, effect: 0.5), Tested(ScanCodes.PretendNumbers, 0.5, effect: 0.01), NotRun(ScanCodes.StoringUp)],
            Options);

        Assert.Equal(3, tests);
        Assert.Equal(0.012, findings[0].AdjustedPValue!.Value, 12);
        Assert.Equal(Severity.Watch, findings[0].Severity);
        Assert.Equal(0.6, findings[1].AdjustedPValue!.Value, 12);
        Assert.Equal(Severity.Watch, findings[1].Severity); // sizeable but not convincing
        Assert.Equal(0.6, findings[2].AdjustedPValue!.Value, 12);
        Assert.Equal(Severity.Clear, findings[2].Severity);
        Assert.Equal(Severity.NotEnoughData, findings[3].Severity);
        Assert.Null(findings[3].AdjustedPValue);
    }

    [Fact]
    public void Adjust_DetectorWithItsOwnLevel_ClassifiesWithItsRule()
    {
        // Same p-values as above (rushing adjusted to 0.012), but rushing's rule is at 0.05: 0.012 < 0.05 is an alert.
        var options = Options with { Rushing = Options.Rushing with { Rule = new SeverityRule(0.05) } };
        var (findings, _) = GamingScan.Adjust(
            [Tested(ScanCodes.Rushing, 0.004, effect: 0.5), Tested(ScanCodes.Parking, 0.3, effect: 0.5), Tested(ScanCodes.PretendNumbers, 0.5, effect: 0.01)],
            options);

        Assert.Equal(Severity.Alert, findings[0].Severity);
    }

    [Fact]
    public void Adjust_HeldFinding_StaysAtWatchWhateverItsP()
    {
        // m = 1, so the adjusted p equals the raw 1e-9; the effect is practical, but the detector held it (CanAlert false).
        var (findings, _) = GamingScan.Adjust([Tested(ScanCodes.Rushing, 1e-9, effect: 0.5) with { CanAlert = false }], Options);

        Assert.Equal(Severity.Watch, findings[0].Severity);
    }

    [Fact]
    public void Adjust_NotEnoughDataWithAPValue_StaysNotEnoughDataAndIsNotCounted()
    {
        // A finding that could not run never becomes clear, even if a p-value was left on it.
        var odd = NotRun(ScanCodes.Parking) with { PValue = 0.9 };
        var (findings, tests) = GamingScan.Adjust([Tested(ScanCodes.Rushing, 0.5, effect: 0.0), odd], Options);

        Assert.Equal(1, tests);
        Assert.Equal(Severity.Clear, findings[0].Severity);
        Assert.Equal(Severity.NotEnoughData, findings[1].Severity);
        Assert.Null(findings[1].AdjustedPValue);
    }

    [Fact]
    public void Run_NothingComputed_SevenFindingsInOrderAllNotEnoughDataWithTheReasons()
    {
        var input = new ScanInput(
            ScanPart<DurationHistogram>.Missing("needs durations"),
            ScanPart<IReadOnlyList<PeriodDayCount>>.Missing("needs --end"),
            ScanPart<IReadOnlyList<PeriodCategoryCount>>.Missing("needs --category and --exempt"),
            ScanPart<IReadOnlyList<DurationExemptCount>>.Missing("needs --category and --exempt"),
            ScanPart<IReadOnlyList<OvertakingCount>>.Missing("needs --priority"),
            ScanPart<IReadOnlyList<RepeatContactCount>>.Missing("needs --person"));

        var result = GamingScan.Run(input, Options);

        Assert.Equal(ScanCodes.All, result.Findings.Select(f => f.Code));
        Assert.All(result.Findings, f => Assert.Equal(Severity.NotEnoughData, f.Severity));
        Assert.Equal(0, result.Tests);
        Assert.Null(result.Highest);
        Assert.Equal("needs --end", result[ScanCodes.StoringUp].Sentence);
        Assert.Equal("needs --category and --exempt", result[ScanCodes.Reclassification].Sentence);
        Assert.Equal("needs --priority", result[ScanCodes.CherryPicking].Sentence);
        Assert.Equal("needs --person", result[ScanCodes.Rework].Sentence);
    }

    [Fact]
    public void Run_RushedDurations_RushingAlertsAfterAdjustmentAndTheMissingThreeAreNotEnoughData()
    {
        // Simulated truth: 30% of the cases of 240–269 minutes moved to 230–239 (seed 7 alerted in every scan of
        // ScanSimulationTests). Three histogram detectors ran; storing up had no dates.
        var histogram = DurationSimulation.Histogram(DurationSimulation.Rushed(7));
        var options = Options with { Rushing = Options.Rushing with { BootstrapReplicates = 100, PlaceboOffsets = [] } };
        var input = new ScanInput(
            ScanPart<DurationHistogram>.Of(histogram),
            ScanPart<IReadOnlyList<PeriodDayCount>>.Missing("needs --end"),
            ScanPart<IReadOnlyList<PeriodCategoryCount>>.Of([]),
            ScanPart<IReadOnlyList<DurationExemptCount>>.Missing("needs --category and --exempt"),
            ScanPart<IReadOnlyList<OvertakingCount>>.Missing("needs --priority"),
            ScanPart<IReadOnlyList<RepeatContactCount>>.Missing("needs --person"))
        { Counted = histogram.Total };

        var result = GamingScan.Run(input, options);

        Assert.Equal(ScanCodes.All, result.Findings.Select(f => f.Code));
        Assert.Equal(3, result.Tests);
        Assert.Equal(Severity.Alert, result[ScanCodes.Rushing].Severity);
        Assert.Equal(Severity.Alert, result.Highest);
        Assert.Equal(20_000, result.Counted);
        foreach (var finding in result.Findings.Take(3))
        {
            Assert.True(finding.AdjustedPValue >= finding.PValue, $"{finding.Code}: adjusted p below raw p");
        }

        Assert.All(result.Findings.Skip(3), f => Assert.Equal(Severity.NotEnoughData, f.Severity));
        Assert.Equal("needs --category and --exempt", result[ScanCodes.Reclassification].Sentence);
    }

    [Fact]
    public void Reconcile_ParkingAlertBesideRushingAlert_HeldAtWatchWithTheReason()
    {
        Finding Alerted(string code) => Tested(code, 0.0001, effect: 0.5) with { Severity = Severity.Alert };

        var both = GamingScan.Reconcile([Alerted(ScanCodes.Rushing), Alerted(ScanCodes.Parking)]);
        Assert.Equal(Severity.Alert, both[0].Severity);
        Assert.Equal(Severity.Watch, both[1].Severity);
        Assert.False(both[1].CanAlert);
        Assert.Contains(both[1].Caveats, c => c.Contains("rushing alerted", StringComparison.Ordinal));

        // Without a rushing alert, parking keeps its own verdict.
        var alone = GamingScan.Reconcile([Alerted(ScanCodes.Rushing) with { Severity = Severity.Watch }, Alerted(ScanCodes.Parking)]);
        Assert.Equal(Severity.Alert, alone[1].Severity);
        Assert.Empty(alone[1].Caveats);
    }

    private static Finding Tested(string code, double p, double effect) =>
        new(code, code, Severity.Clear, new EffectSize("share", effect, "share", 0.10), [], p, p, "sentence", []);

    private static Finding NotRun(string code) => Finding.NotEnoughData(code, code, "too few cases");
}
