using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Detection;

public sealed class StoringUpDetectorTests
{
    [Fact]
    public void Detect_SixPeriodsLateDaysBusier_MatchesHandComputation()
    {
        // Six 10-day periods; days 1–7 complete 10 a day (1 breached), days 8–10 complete 15, 20 or 25 a day (3, 4 or
        // 5 breached) in turn. Late ÷ other per day: 1.5, 2, 2.5, 1.5, 2, 2.5. Logs: 0.405465, 0.693147, 0.916291
        // (each twice); mean = 2 × 2.014903 / 6 = 0.671634, geometric mean ratio e^0.671634 = 1.957434, effect 0.957434.
        // Deviations −0.266169, 0.021513, 0.244657; Σ squares = 2 × 0.131166 = 0.262332; sd = √(0.262332 / 5) =
        // 0.229055; se = 0.093512; t = 7.1823 on 5 df, p ≈ 0.0004 (one-sided).
        // Breach share: late 0.2 in every period, other days 0.1 → difference 0.1 in every period.
        int[] late = [15, 20, 25, 15, 20, 25];
        var rows = new List<PeriodDayCount>();
        for (var p = 0; p < 6; p++)
        {
            var start = new DateOnly(2026, 1, 1).AddDays(10 * p);
            for (var day = 1; day <= 10; day++)
            {
                var total = day <= 7 ? 10 : late[p];
                rows.Add(new PeriodDayCount(start, day, 10, total - (total / 5 / (day <= 7 ? 2 : 1)), total / 5 / (day <= 7 ? 2 : 1)));
            }
        }

        var finding = StoringUpDetector.Detect(rows);

        Assert.Equal(0.957434, finding.Effect!.Value, 5);
        Assert.Equal(1.957434, finding.Evidence[0].Value, 5);
        Assert.Equal(1 - StudentT.CDF(0, 1, 5, 0.671634 / 0.093512), finding.PValue!.Value, 4);
        Assert.Equal(0.1, finding.Evidence[3].Value, 12);
        Assert.Equal(Severity.Alert, finding.Severity);
        Assert.StartsWith("In the last 3 days of each period about 96% more cases were completed per day", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_SteadyPoissonDays_NoAlertInAtLeast19Of20Seeds()
    {
        // Truth: 50 completions a day on average every day of twelve 30-day periods. Measured: 0 alerts in 20 seeds.
        var alerts = Enumerable.Range(1, 20).Count(seed => StoringUpDetector.Detect(Simulate(seed, 1.0)).Severity == Severity.Alert);

        Assert.True(alerts <= 1, $"{alerts} false alerts in 20 seeds");
    }

    [Fact]
    public void Detect_LastThreeDaysHalfAgainBusier_AlertInEverySeed()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var finding = StoringUpDetector.Detect(Simulate(seed, 1.5));

            Assert.Equal(Severity.Alert, finding.Severity);
            Assert.InRange(finding.Effect!.Value, 0.35, 0.65);
        }
    }

    [Fact]
    public void Detect_IncompletePeriodsLeftOut()
    {
        // The first period starts on day 16 (the data begin mid-month): it must not count.
        var rows = Simulate(1, 1.0).Where(r => r.PeriodStart != new DateOnly(2025, 1, 1) || r.DayOfPeriod > 15).ToArray();

        var finding = StoringUpDetector.Detect(rows);

        Assert.Equal(11, finding.Evidence[2].Value);
        Assert.Contains(finding.Caveats, c => c.StartsWith("1 periods were left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_FewPeriods_NotEnoughData()
    {
        var rows = Simulate(1, 1.0).Where(r => r.PeriodStart < new DateOnly(2025, 4, 1)).ToArray();

        Assert.Equal(Severity.NotEnoughData, StoringUpDetector.Detect(rows).Severity);
    }

    [Fact]
    public void Detect_DayOutsidePeriod_Throws() =>
        Assert.Throws<ArgumentException>(() => StoringUpDetector.Detect([new PeriodDayCount(new DateOnly(2025, 1, 1), 31, 30, 1, 0)]));

    private static List<PeriodDayCount> Simulate(int seed, double lateFactor)
    {
        var random = new Random(seed);
        var rows = new List<PeriodDayCount>();
        for (var p = 0; p < 12; p++)
        {
            var start = new DateOnly(2025, 1, 1).AddMonths(p);
            for (var day = 1; day <= 30; day++)
            {
                var total = Poisson.Sample(random, day > 27 ? 50 * lateFactor : 50);
                var breached = Binomial.Sample(random, 0.1, total);
                rows.Add(new PeriodDayCount(start, day, 30, total - breached, breached));
            }
        }

        return rows;
    }
}
