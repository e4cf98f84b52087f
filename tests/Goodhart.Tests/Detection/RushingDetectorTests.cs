using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Detection;

/// <summary>Seeded simulations with known truth around a 240-minute target (see <see cref="DurationSimulation"/>).</summary>
public sealed class RushingDetectorTests
{
    // Fewer replicates and no placebos keep each run near 0.15 s; the placebo tests below use the defaults.
    private static readonly RushingOptions Fast = new(new DurationTarget(240)) { BootstrapReplicates = 100, PlaceboOffsets = [] };

    [Fact]
    public void Detect_SmoothDurations_NoAlertInAtLeast19Of20Seeds()
    {
        // Truth: no rushing. Measured: 0 alerts in 20 seeds (both one-sided tests must fall below 0.01 and the excess
        // reach 10%). 19 of 20 allows for one, the ~95% the brief asks for.
        var alerts = Enumerable.Range(1, 20).Count(seed => Detect(DurationSimulation.Smooth(seed), Fast).Severity == Severity.Alert);

        Assert.True(alerts <= 1, $"{alerts} false alerts in 20 seeds");
    }

    [Fact]
    public void Detect_ThirtyPercentOfNextHalfHourMovedInside_AlertInEverySeed()
    {
        // Truth: 30% of the ~1,600 cases of 240–269 minutes moved to 230–239: about 480 extra cases on ~560 expected.
        for (var seed = 1; seed <= 5; seed++)
        {
            var finding = Detect(DurationSimulation.Rushed(seed), Fast);

            Assert.Equal(Severity.Alert, finding.Severity);
            Assert.InRange(finding.Evidence[0].Value, 350, 650);
        }
    }

    [Fact]
    public void Detect_HazardDropsAfterTargetWithoutRushing_HeldAtWatch()
    {
        // Truth: parking only (time past 240 runs at 0.6 speed). The polynomial fitted across the step shows an excess
        // in 230–239, but the counts there sit on the trend from below, so rushing must not alert. Measured over 200
        // seeds: 191 watch, 8 clear, 1 alert (182 alerts without the trend-from-below check).
        for (var seed = 1; seed <= 5; seed++)
        {
            var finding = Detect(DurationSimulation.Parked(seed), Fast);

            Assert.NotEqual(Severity.Alert, finding.Severity);
            Assert.False(finding.CanAlert);
        }
    }

    [Fact]
    public void Detect_Rushed_SentenceInTheDataUnits()
    {
        var finding = Detect(DurationSimulation.Rushed(1), Fast with { CaseNoun = "patients" });

        Assert.Equal("rushing", finding.Code);
        Assert.StartsWith("About ", finding.Sentence, StringComparison.Ordinal);
        Assert.Contains("more patients than expected finished in the 10 minutes before 240 minutes", finding.Sentence, StringComparison.Ordinal);
        var chart = Assert.IsType<HistogramChart>(finding.Chart);
        Assert.Equal(239.5, chart.Threshold);
        Assert.Equal(119, chart.Bars.Count); // 60 bins each side of 239, sharing 239
    }

    [Fact]
    public void Detect_RushedWithDefaultPlacebos_PlacebosReportedAndStillAlert()
    {
        var finding = RushingDetector.Detect(DurationSimulation.Histogram(DurationSimulation.Rushed(2)), Fast with { PlaceboOffsets = [-60, -30, 30, 60] });

        Assert.Equal(Severity.Alert, finding.Severity);
        Assert.Equal(8, finding.Evidence.Count(e => e.Name.StartsWith("placebo at", StringComparison.Ordinal)));
        Assert.True(finding.CanAlert);
    }

    [Fact]
    public void Detect_SameBumpAtPlaceboThreshold_HeldAtWatch()
    {
        // The same excess at 180 minutes (a placebo, 60 before the target) says the bump is the data's shape, not the
        // target's: the finding may not alert.
        var values = DurationSimulation.Rushed(3);
        var random = new Random(3);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is >= 180 and < 210 && random.NextDouble() < 0.3)
            {
                values[i] = 170 + random.Next(10);
            }
        }

        var finding = Detect(values, Fast with { PlaceboOffsets = [-60] });

        Assert.False(finding.CanAlert);
        Assert.Equal(Severity.Watch, finding.Severity);
        Assert.Contains(finding.Caveats, c => c.Contains("placebo at 180 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_FewCases_NotEnoughDataWithReason()
    {
        var finding = Detect(DurationSimulation.Smooth(1, cases: 500), Fast);

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.Null(finding.PValue);
        Assert.Contains("needs at least", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TargetTooCloseToZero_NotEnoughData()
    {
        var histogram = new DurationHistogram("minutes", [.. Enumerable.Range(0, 200).Select(t => new DurationCount(t, 100))]);

        var finding = RushingDetector.Detect(histogram, Fast with { Target = new DurationTarget(30) });

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
    }

    [Fact]
    public void Detect_AtOrBelowTarget_WindowEndsAtTheThreshold()
    {
        // With "within 240" the last complying minute is 240, so the window is 231–240 and the cutoff 240.5.
        var finding = Detect(DurationSimulation.Smooth(4), Fast with { Target = new DurationTarget(240, ComplySide.AtOrBelow) });

        Assert.Equal(240.5, Assert.IsType<HistogramChart>(finding.Chart).Threshold);
    }

    private static Finding Detect(double[] values, RushingOptions options) =>
        RushingDetector.Detect(DurationSimulation.Histogram(values), options);
}
