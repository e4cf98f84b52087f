using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goodhart.Data.Spc;
using Goodhart.Data.Tests.Support;
using Xunit.Abstractions;

namespace Goodhart.Data.Tests.Spc;

/// <summary>
/// Reading must stay fast enough for the CLI to feel instant. The budgets are loose multiples of what a
/// warm read takes on a shared 2-core build machine (see the measured times in the output), so they catch a
/// regression of several times without failing on a busy machine.
/// </summary>
public sealed class SeriesReaderSpeedTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_AeType1SharedFile_TakesWellUnder100Milliseconds()
    {
        var path = SharedData.PathOf("spc_ae_type1_4hr.csv");
        var columns = new SeriesColumns("y", "x", "n", "series");

        var best = BestOf(5, () => Assert.True(SeriesReader.Read(path, columns).Succeeded));

        output.WriteLine($"spc_ae_type1_4hr.csv (4,680 rows): best of 5 warm reads {best.TotalMilliseconds:0.0} ms");
        Assert.True(best < TimeSpan.FromMilliseconds(100), $"took {best.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public void Read_100000Rows_TakesWellUnder300Milliseconds()
    {
        var text = new StringBuilder("series,x,y,n\n");
        var start = new DateOnly(2000, 1, 1);
        for (var s = 0; s < 1000; s++)
        {
            for (var p = 0; p < 100; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"S{s:0000},{start.AddMonths(p):yyyy-MM-dd},{(s + p) % 97},{100 + (p % 13)}\n");
            }
        }

        var path = _temp.Write("big.csv", text.ToString());
        var columns = new SeriesColumns("y", "x", "n", "series");

        var best = BestOf(5, () =>
        {
            var loaded = SeriesReader.Read(path, columns);
            Assert.Equal(1000, loaded.Value!.Count);
            Assert.All(loaded.Value, s => Assert.Equal(100, s.Keys.Count));
        });

        output.WriteLine($"100,000 rows: best of 5 warm reads {best.TotalMilliseconds:0.0} ms");
        Assert.True(best < TimeSpan.FromMilliseconds(300), $"took {best.TotalMilliseconds:0.0} ms");
    }

    private static TimeSpan BestOf(int runs, Action read)
    {
        // Warm up: the JIT's tiers and the file cache.
        for (var i = 0; i < 3; i++)
        {
            read();
        }

        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            read();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }
}
