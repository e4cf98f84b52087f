using BenchmarkDotNet.Attributes;
using Goodhart.Data.Spc;
using Goodhart.Reports.Spc;
using Goodhart.Spc;

namespace Goodhart.Benchmarks;

/// <summary>
/// The yardstick: I charts with every Making Data Count rule for 1000 series of 100 points, on one thread.
/// Engine is the charting alone; WithFalseAlarm adds the false-alarm figure, which is simulated once per chart
/// length and rule set and then cached, so after the first series it costs a lookup.
/// </summary>
[MemoryDiagnoser]
public class SpcBenchmarks
{
    private const int SeriesCount = 1000;
    private const int Points = 100;
    private SpcSeries[] _series = null!;
    private string _csv = null!;
    private SpcResult[] _charted = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _series = new SpcSeries[SeriesCount];
        for (var s = 0; s < SeriesCount; s++)
        {
            var values = new double?[Points];
            var level = 50 + (random.NextDouble() * 50);
            for (var i = 0; i < Points; i++)
            {
                // A stable stretch, then a step: real series have signals, so the rules do real work.
                values[i] = level + (i > 70 ? 5 : 0) + (random.NextDouble() * 10);
            }

            _series[s] = SpcSeries.Of("s" + s, values);
        }

        _charted = _series.Select(series => SpcAnalysis.Run(series, new SpcOptions(Direction: ImprovementDirection.Increase, Target: 80))).ToArray();

        // The same series as a 100,000-row CSV file, for the reader.
        _csv = Path.Combine(Path.GetTempPath(), "goodhart-bench-series.csv");
        using var writer = new StreamWriter(_csv);
        writer.WriteLine("series,x,y");
        foreach (var series in _series)
        {
            for (var i = 0; i < Points; i++)
            {
                writer.WriteLine(FormattableString.Invariant($"{series.Name},{i + 1},{series.Values[i]:R}"));
            }
        }
    }

    [Benchmark]
    public long WriteCsv()
    {
        using var writer = new StringWriter();
        SpcCsv.WritePoints(writer, _charted);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public long WriteJson()
    {
        using var stream = new MemoryStream();
        SpcJson.Write(stream, _charted);
        return stream.Length;
    }

    /// <summary>The many-series page for the 130 trusts' first 36 points' worth: 130 small charts and the table.</summary>
    [Benchmark]
    public int HtmlPage130() => SpcHtmlPage.Render(_charted.Take(130).Select(r => SpcAnalysis.Run(
        r.Points.Count > 36 ? SpcSeries.Of(r.Name, r.Points.Take(36).Select(p => p.Value).ToList()) : SpcSeries.Of(r.Name, r.Points.Select(p => p.Value).ToList()),
        r.Options)).ToList()).Length;

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_csv);

    [Benchmark]
    public int ReadCsv() => SeriesReader.Read(_csv, new SeriesColumns("y", "x", Series: "series")).Value!.Count;

    [Benchmark(Baseline = true)]
    public int Engine() => Run(new SpcOptions(Chart: ChartKind.Individuals, Direction: ImprovementDirection.Increase, Target: 80, FalseAlarmReplicates: 0));

    [Benchmark]
    public int WithFalseAlarm() => Run(new SpcOptions(Chart: ChartKind.Individuals, Direction: ImprovementDirection.Increase, Target: 80));

    private int Run(SpcOptions options)
    {
        var signals = 0;
        foreach (var series in _series)
        {
            signals += SpcAnalysis.Run(series, options).Variation == VariationVerdict.CommonCause ? 0 : 1;
        }

        return signals;
    }
}
