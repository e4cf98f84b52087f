using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Detection;

public sealed class PretendNumbersDetectorTests
{
    [Fact]
    public void Detect_FlatCountsDoubledOnFives_MatchesHandComputation()
    {
        // 100 cases at each of 10–109 minutes, 200 at each multiple of 5: 12,000 cases. The 1% quantile is 10 (its
        // 200 cases pass 120) and the 99% quantile 108 (cumulative 11,900 ≥ 11,880). Blocks centred on multiples of
        // 5 inside 10–108: 13–107, 19 blocks of 400 + 200 = 600 cases: 11,400 cases, 3,800 on round values.
        // Whipple = 100 × 5 × 3,800 / 11,400 = 166.67; excess 0.6667.
        // Last digits over the whole decades 10–99: 900 per digit, 1,800 for 0 and 5, so 3,600 / 10,800 = 1/3 end
        // in 0 or 5; χ² = 2 × 720² / 1,080 + 8 × 180² / 1,080 = 960 + 240 = 1,200.
        var rows = Enumerable.Range(10, 100).Select(t => new DurationCount(t, t % 5 == 0 ? 200 : 100)).ToArray();

        var finding = PretendNumbersDetector.Detect(new DurationHistogram("minutes", rows));

        Assert.Equal(500.0 * 3800 / 11400, finding.Evidence[0].Value, 9);
        Assert.Equal(2.0 / 3, finding.Evidence[1].Value, 9);
        Assert.Equal(1.0 / 3, finding.Evidence[3].Value, 12);
        Assert.Equal(1200, finding.Evidence[4].Value, 9);
        Assert.Equal(Severity.Alert, finding.Severity);
        Assert.StartsWith("67% more durations than a smooth curve gives were recorded as multiples of 5 minutes", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_SmoothDurations_NoAlertInAtLeast19Of20Seeds()
    {
        // Truth: no heaping. Measured: 0 alerts in 20 seeds.
        var alerts = Enumerable.Range(1, 20).Count(seed => Detect(DurationSimulation.Smooth(seed)).Severity == Severity.Alert);

        Assert.True(alerts <= 1, $"{alerts} false alerts in 20 seeds");
    }

    [Fact]
    public void Detect_ThirtyPercentRoundedToFives_AlertInEverySeed()
    {
        // Truth: 30% of durations rounded to the nearest 5, so multiples of 5 hold 0.2 + 0.8 × 0.3 = 0.44 of cases
        // instead of 0.2: Whipple ≈ 220, excess ≈ 1.2.
        for (var seed = 1; seed <= 5; seed++)
        {
            var finding = Detect(DurationSimulation.Heaped(seed));

            Assert.Equal(Severity.Alert, finding.Severity);
            Assert.InRange(finding.Evidence[1].Value, 1.0, 1.4);
        }
    }

    [Fact]
    public void Detect_RushedDurations_NotHeaping()
    {
        // Rushing moves cases to every minute of 230–239 alike, which is not a preference for round values.
        Assert.NotEqual(Severity.Alert, Detect(DurationSimulation.Rushed(1)).Severity);
    }

    [Fact]
    public void Detect_NarrowRange_NotEnoughData()
    {
        var rows = Enumerable.Range(0, 8).Select(t => new DurationCount(t, 1000)).ToArray();

        var finding = PretendNumbersDetector.Detect(new DurationHistogram("days", rows));

        Assert.Equal(Severity.NotEnoughData, finding.Severity);
        Assert.Null(finding.Effect);
    }

    private static Finding Detect(double[] values) => PretendNumbersDetector.Detect(DurationSimulation.Histogram(values));
}
