using Goodhart.Detection.Summaries;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Support;

/// <summary>
/// Seeded inputs of the reclassification detector with known truth, drawn straight from the model. By duration: about
/// 60 cases a minute between 200 and 279 minutes, an exempt share rising smoothly through 8% at the 240-minute target.
/// By period: 24 periods of about 4,000 cases, about 400 of them past the target; a tenth of those recorded as exempt
/// ("planned return"), the share wandering from period to period by a standard deviation of one point (more than
/// binomial counts vary, as real months do). Gaming adds <c>jump</c> to the exempt share of the cases past the
/// target, by duration, and <c>step</c> to the exempt share of breaching cases from period 13 on.
/// </summary>
internal static class ExemptSimulation
{
    public const int Threshold = 240;

    public static readonly string[] Exempt = ["planned return"];

    public static IReadOnlyList<DurationExemptCount> Durations(int seed, double jump = 0)
    {
        var random = new Random(seed);
        var rows = new List<DurationExemptCount>();
        for (var t = 200; t < 280; t++)
        {
            var n = Poisson.Sample(random, 60 - (0.3 * (t - Threshold)));
            var share = 1 / (1 + Math.Exp(-(Math.Log(0.08 / 0.92) + (0.01 * (t - Threshold)))));
            if (t >= Threshold)
            {
                share += jump;
            }

            rows.Add(new DurationExemptCount(t, n, n > 0 ? Binomial.Sample(random, share, n) : 0));
        }

        return rows;
    }

    public static IReadOnlyList<PeriodCategoryCount> Periods(int seed, double step = 0, int periods = 24)
    {
        var random = new Random(seed + 5_000_000);
        var wander = new Normal(0, 0.01, random);
        var rows = new List<PeriodCategoryCount>();
        for (var p = 0; p < periods; p++)
        {
            var start = new DateOnly(2024, 1, 1).AddMonths(p);
            var met = Poisson.Sample(random, 3_600);
            var breached = Poisson.Sample(random, 400);
            var share = Math.Clamp(0.10 + wander.Sample() + (p >= 12 ? step : 0), 0, 1);
            var exemptBreached = Binomial.Sample(random, share, breached);
            var exemptMet = Binomial.Sample(random, 0.05, met);
            rows.Add(new PeriodCategoryCount(start, "standard", met - exemptMet, breached - exemptBreached));
            rows.Add(new PeriodCategoryCount(start, "planned return", exemptMet, exemptBreached));
        }

        return rows;
    }
}
