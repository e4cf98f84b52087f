using BenchmarkDotNet.Attributes;
using Goodhart.Statistics.Density;

namespace Goodhart.Benchmarks;

/// <summary>
/// The density discontinuity test at a million points, the yardstick (the R package takes about 4 s here).
/// Durations in whole minutes, as case logs record them, so the mass-point adjustment does real work. Beside it the
/// same test on a histogram of five million cases by minute (the counts path the rushing detector uses), which never
/// expands the histogram into one number per case.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private double[] _minutes = null!;
    private MassPoint[] _minuteHistogram = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _minutes = new double[1_000_000];
        for (var i = 0; i < _minutes.Length; i++)
        {
            // A gamma-like spread of waits around three hours, floored to whole minutes.
            var wait = 0.0;
            for (var k = 0; k < 4; k++)
            {
                wait -= 45 * Math.Log(1 - random.NextDouble());
            }

            _minutes[i] = Math.Floor(wait);
        }

        var counts = new Dictionary<double, long>();
        for (var i = 0; i < 5_000_000; i++)
        {
            var wait = 0.0;
            for (var k = 0; k < 4; k++)
            {
                wait -= 45 * Math.Log(1 - random.NextDouble());
            }

            var minute = Math.Floor(wait);
            counts[minute] = counts.GetValueOrDefault(minute) + 1;
        }

        _minuteHistogram = [.. counts.Select(c => new MassPoint(c.Key, c.Value))];
    }

    [Benchmark]
    public double DensityTestMillion() =>
        DensityDiscontinuityTest.Run(_minutes, new DensityTestOptions(Cutoff: 240)).T;

    [Benchmark]
    public double DensityTestFiveMillionCasesAsMinuteCounts() =>
        DensityDiscontinuityTest.Run(_minuteHistogram, new DensityTestOptions(Cutoff: 240.5)).T;
}
