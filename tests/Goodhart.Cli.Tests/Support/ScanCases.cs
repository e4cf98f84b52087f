using System.Globalization;
using System.Text;

namespace Goodhart.Cli.Tests.Support;

/// <summary>
/// Seeded case logs for the scan: durations in minutes from a lognormal (median 180, σ = 0.5, as the detection tests'
/// DurationSimulation) around a 240-minute target, starts spread over 2025, with rushing built in: 30% of the cases of
/// 240–269 minutes moved to 230–239.
/// </summary>
internal static class ScanCases
{
    public static string WriteRushed(string path, int cases = 20_000, int seed = 7)
    {
        var random = new Random(seed);
        var origin = new DateTime(2025, 1, 1);
        var text = new StringBuilder("id,arrived,left,disposal,triage\n");
        for (var i = 0; i < cases; i++)
        {
            var minutes = Math.Floor(Math.Exp(Math.Log(180) + (0.5 * Normal(random))));
            if (minutes is >= 240 and < 270 && random.NextDouble() < 0.3)
            {
                minutes = 230 + random.Next(10);
            }

            var start = origin.AddSeconds(random.Next(0, 360 * 86400));
            var end = start.AddMinutes(minutes).AddSeconds(random.Next(60));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{start:yyyy-MM-dd HH:mm:ss},{end:yyyy-MM-dd HH:mm:ss},{"ABC"[random.Next(3)]},{random.Next(1, 4)}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>A few cases with a recorded duration only: too few for any detector.</summary>
    public static string WriteFewDurations(string path, int cases = 50)
    {
        var random = new Random(3);
        var text = new StringBuilder("id,minutes\n");
        for (var i = 0; i < cases; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{random.Next(100, 400)}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    // Box–Muller: one standard normal draw from two uniforms.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
