using BenchmarkDotNet.Attributes;
using Goodhart.Statistics.Density;

namespace Goodhart.Benchmarks;

/// <summary>
/// The density discontinuity test at a million points, the yardstick (the R package takes about 4 s here).
/// Durations in whole minutes, as case logs record them, so the mass-point adjustment does real work.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private double[] _minutes = null!;

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
    }

    [Benchmark]
    public double DensityTestMillion() =>
        DensityDiscontinuityTest.Run(_minutes, new DensityTestOptions(Cutoff: 240)).T;
}
