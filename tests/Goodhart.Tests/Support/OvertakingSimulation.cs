using Goodhart.Detection.Summaries;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Support;

/// <summary>
/// Seeded overtaking counts with known truth, drawn straight from the model: 24 monthly periods, three priority
/// classes ("1" most urgent) with about 300, 200 and 100 arrivals a period, overtaken by a later arrival of their class
/// at 30%, 35% and 25%. Load moves every class's rate together from period to period (standard deviation two points),
/// so the rates vary more than binomial counts would. Gaming adds <c>step</c> to every class's rate from period 13 on.
/// <c>mix</c> multiplies the arrivals of class 2 (the most often overtaken) from period 13 on, a change of case mix that
/// raises the overall rate without any class's rate changing.
/// </summary>
internal static class OvertakingSimulation
{
    public static IReadOnlyList<OvertakingCount> Counts(int seed, double step = 0, int periods = 24, double mix = 1)
    {
        var random = new Random(seed);
        var load = new Normal(0, 0.02, random);
        (string Priority, double Arrivals, double Rate)[] classes = [("1", 300, 0.30), ("2", 200, 0.35), ("3", 100, 0.25)];
        var rows = new List<OvertakingCount>();
        for (var p = 0; p < periods; p++)
        {
            var start = new DateOnly(2024, 1, 1).AddMonths(p);
            var shift = load.Sample() + (p >= 12 ? step : 0);
            foreach (var (priority, arrivals, rate) in classes)
            {
                var n = Poisson.Sample(random, arrivals * (priority == "2" && p >= 12 ? mix : 1));
                var overtaken = Binomial.Sample(random, Math.Clamp(rate + shift, 0, 1), n);
                var byLower = Binomial.Sample(random, 0.05, n);
                var breached = Binomial.Sample(random, 0.15, n);
                var breachedOvertaken = Math.Min(overtaken, Binomial.Sample(random, Math.Clamp((rate + shift) * 1.5, 0, 1), breached));
                rows.Add(new OvertakingCount(start, priority, n, overtaken, byLower, breached, breachedOvertaken));
            }
        }

        return rows;
    }
}
