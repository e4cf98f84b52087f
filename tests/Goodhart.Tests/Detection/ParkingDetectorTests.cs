using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Detection;

public sealed class ParkingDetectorTests
{
    private static readonly ParkingOptions Options = new(new DurationTarget(240));

    [Fact]
    public void Detect_HalvedHazard_MatchesHandComputation()
    {
        // Target 10 (first breach 10), window 5. Before: hazard exactly 1/2 — 32,768 open at 5, half finish each
        // unit: 16,384, 8,192, 4,096, 2,048, 1,024 at 5–9, leaving 1,024 open at 10. After: hazard exactly 1/4 —
        // 256, 192, 144, 108, 81 at 10–14, leaving 243, which finish at 20.
        // Hazard before = 31,744 / (32,768 + 16,384 + 8,192 + 4,096 + 2,048) = 31,744 / 63,488 = 0.5.
        // Hazard after  = 781 / (1,024 + 768 + 576 + 432 + 324) = 781 / 3,124 = 0.25.
        // The model fits exactly (flat log-hazards, round terms 0): hazard ratio 0.25 / 0.5 = 0.5, drop 0.5, and the
        // missing completions are 781 × (1 / 0.5 − 1) = 781.
        long[] before = [16_384, 8_192, 4_096, 2_048, 1_024];
        long[] after = [256, 192, 144, 108, 81];
        var rows = before.Select((c, i) => new DurationCount(5 + i, c))
            .Concat(after.Select((c, i) => new DurationCount(10 + i, c)))
            .Append(new DurationCount(20, 243))
            .ToArray();

        var finding = ParkingDetector.Detect(new DurationHistogram("minutes", rows), new ParkingOptions(new DurationTarget(10)) { Window = 5 });

        Assert.Equal(0.5, finding.Evidence[0].Value, 6);
        Assert.Equal(0.5, finding.Evidence[1].Value, 6);
        Assert.Equal(781, finding.Evidence[2].Value, 3);
        Assert.Equal(0.5, finding.Evidence[3].Value, 12);
        Assert.Equal(0.25, finding.Evidence[4].Value, 12);
        Assert.Equal(Severity.Alert, finding.Severity);
    }

    [Fact]
    public void Detect_SmoothDurations_NoAlertInAtLeast19Of20Seeds()
    {
        // Truth: the hazard of a lognormal is smooth through 240. Measured: 0 alerts in 20 seeds.
        var alerts = Enumerable.Range(1, 20).Count(seed => Detect(DurationSimulation.Smooth(seed)).Severity == Severity.Alert);

        Assert.True(alerts <= 1, $"{alerts} false alerts in 20 seeds");
    }

    [Fact]
    public void Detect_HazardDropsByFortyPercentAfterTarget_AlertInEverySeed()
    {
        // Truth: time past 240 runs at 0.6 speed, so the hazard ratio at 240 is about 0.6 (a 40% drop).
        for (var seed = 1; seed <= 5; seed++)
        {
            var finding = Detect(DurationSimulation.Parked(seed));

            Assert.Equal(Severity.Alert, finding.Severity);
            Assert.InRange(finding.Evidence[0].Value, 0.45, 0.75);
        }
    }

    [Fact]
    public void Detect_HeapedDurations_RoundTermsKeepItQuiet()
    {
        // Truth: no parking, but 30% of durations written as multiples of 5 (240 among them). Measured: no alert.
        var alerts = Enumerable.Range(1, 10).Count(seed => Detect(DurationSimulation.Heaped(seed)).Severity == Severity.Alert);

        Assert.True(alerts <= 1, $"{alerts} false alerts in 10 seeds");
    }

    [Fact]
    public void Detect_Parked_SentenceAndChart()
    {
        var finding = Detect(DurationSimulation.Parked(1));

        Assert.StartsWith("Cases still open at 240 minutes finished about ", finding.Sentence, StringComparison.Ordinal);
        var chart = Assert.IsType<SeriesChart>(finding.Chart);
        Assert.Equal(239.5, chart.Marker);
        Assert.Equal(60, chart.Series[0].Points.Count);
    }

    [Fact]
    public void Detect_CasesExcludedUpstream_SaysSoInACaveat()
    {
        var histogram = DurationSimulation.Histogram(DurationSimulation.Smooth(1)) with { Excluded = 1234 };

        var finding = ParkingDetector.Detect(histogram, Options);

        Assert.Contains(finding.Caveats, c => c.StartsWith("1,234 cases were left out before counting", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_FewCases_NotEnoughData()
    {
        var finding = Detect(DurationSimulation.Smooth(1, cases: 1_000));

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.Contains("needs at least 100", finding.Sentence, StringComparison.Ordinal);
    }

    private static Finding Detect(double[] values) => ParkingDetector.Detect(DurationSimulation.Histogram(values), Options);
}
