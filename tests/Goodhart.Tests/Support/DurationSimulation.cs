using Goodhart.Detection.Summaries;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Support;

/// <summary>
/// Seeded case durations in whole minutes around a 240-minute target, with known gaming built in: a smooth lognormal
/// (median 180 minutes, σ = 0.5; about 56 cases a minute near 240 for 20,000 cases) and the three distortions the
/// detection tests look for.
/// </summary>
internal static class DurationSimulation
{
    public const int Threshold = 240;

    /// <summary>Smooth durations: floor of a lognormal draw.</summary>
    public static double[] Smooth(int seed, int cases = 20_000)
    {
        var random = new Random(seed);
        var distribution = new LogNormal(Math.Log(180), 0.5, random);
        var values = new double[cases];
        for (var i = 0; i < cases; i++)
        {
            values[i] = Math.Floor(distribution.Sample());
        }

        return values;
    }

    /// <summary>Rushing: <paramref name="share"/> of the cases that would have taken 240–269 minutes moved to 230–239.</summary>
    public static double[] Rushed(int seed, double share = 0.3)
    {
        var values = Smooth(seed);
        var random = new Random(seed + 1_000_000);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is >= Threshold and < Threshold + 30 && random.NextDouble() < share)
            {
                values[i] = Threshold - 10 + random.Next(10);
            }
        }

        return values;
    }

    /// <summary>Parking: time past 240 minutes runs 1/<paramref name="factor"/> times slower, so the completion hazard drops by about that factor at 240.</summary>
    public static double[] Parked(int seed, double factor = 0.6)
    {
        var random = new Random(seed);
        var distribution = new LogNormal(Math.Log(180), 0.5, random);
        var values = new double[20_000];
        for (var i = 0; i < values.Length; i++)
        {
            var d = distribution.Sample();
            values[i] = Math.Floor(d >= Threshold ? Threshold + ((d - Threshold) / factor) : d);
        }

        return values;
    }

    /// <summary>Pretend numbers: <paramref name="share"/> of the durations written down as the nearest multiple of 5.</summary>
    public static double[] Heaped(int seed, double share = 0.3)
    {
        var values = Smooth(seed);
        var random = new Random(seed + 2_000_000);
        for (var i = 0; i < values.Length; i++)
        {
            if (random.NextDouble() < share)
            {
                values[i] = 5 * Math.Round(values[i] / 5);
            }
        }

        return values;
    }

    public static DurationHistogram Histogram(IReadOnlyList<double> values) =>
        new("minutes", [.. values.GroupBy(v => (long)v).OrderBy(g => g.Key).Select(g => new DurationCount(g.Key, g.Count()))]);
}
