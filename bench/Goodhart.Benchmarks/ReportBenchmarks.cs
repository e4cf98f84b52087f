using BenchmarkDotNet.Attributes;
using Goodhart.Reports;
using Goodhart.Reports.StressTest;
using Goodhart.StressTest;

namespace Goodhart.Benchmarks;

/// <summary>
/// How long one stress-test report takes to produce in each format, from answers already read.
/// The JSON report is the baseline: it does no layout, so the other rows show what layout and
/// drawing cost on top of scoring.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private StressTestReport _report = null!;
    private AnswerSheet _sheet = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRoot(), "samples", "stress-tests", "crisis-line-60s.json");
        _sheet = AnswerSheetReader.Parse(File.ReadAllText(path), path, InstrumentLoader.Default).Value!;
        _report = StressTestReport.ForRespondent(InstrumentLoader.Default, _sheet, new DateOnly(2026, 11, 23));
    }

    [Benchmark(Baseline = true)]
    public long Json() => Render(ReportFormat.Json);

    [Benchmark]
    public long Markdown() => Render(ReportFormat.Markdown);

    [Benchmark]
    public long Html() => Render(ReportFormat.Html);

    [Benchmark]
    public long Pdf() => Render(ReportFormat.Pdf);

    [Benchmark]
    public RiskProfile ScoreOnly() => StressTestScorer.Score(InstrumentLoader.Default, _sheet);

    private long Render(ReportFormat format)
    {
        using var stream = new MemoryStream();
        StressTestReportWriter.Render(_report, format, stream);
        return stream.Length;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goodhart.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
