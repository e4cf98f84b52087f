using Goodhart.Detection.Summaries;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Support;

/// <summary>
/// Seeded repeat-contact counts by whole minute around a 240-minute target, drawn straight from the model rather than
/// from cases: cases per minute Poisson around a smooth lognormal curve (median 180 minutes, σ = 0.5, 40,000 cases,
/// about 110 a minute near 240), repeats binomial with a smooth rate (about 10% at 240, rising gently with duration).
/// Gaming adds <c>extra</c> to the repeat rate of the cases closed in the ten minutes before 240; <c>crowd</c> multiplies
/// the number of cases there (rushing that does not bring anyone back).
/// </summary>
internal static class RepeatContactSimulation
{
    public const int Threshold = 240;

    public static IReadOnlyList<RepeatContactCount> Counts(int seed, double extra = 0, int cases = 40_000, double crowd = 1)
    {
        var random = new Random(seed);
        var curve = new LogNormal(Math.Log(180), 0.5);
        var rows = new List<RepeatContactCount>();
        for (var t = 150; t < 330; t++)
        {
            var inWindow = t is >= Threshold - 10 and < Threshold;
            var n = Poisson.Sample(random, cases * (curve.CumulativeDistribution(t + 1) - curve.CumulativeDistribution(t)) * (inWindow ? crowd : 1));
            var u = (t - Threshold) / 60.0;
            var rate = 1 / (1 + Math.Exp(-(-2.2 + (0.3 * u) - (0.2 * u * u))));
            if (inWindow)
            {
                rate += extra;
            }

            rows.Add(new RepeatContactCount(t, n, n > 0 ? Binomial.Sample(random, rate, n) : 0));
        }

        return rows;
    }
}
