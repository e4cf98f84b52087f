using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Scan;
using Goodhart.Reports.Tests.Support;
using Goodhart.Testing;

namespace Goodhart.Reports.Tests.Scan;

public sealed class ScanDocumentTests
{
    [Fact]
    public void Build_Sample_SummaryTableHasTheSevenFindingsWithSeverityEffectIntervalAndAdjustedP()
    {
        var document = ScanDocument.Build(ScanSamples.Report());

        var summary = document.Blocks.OfType<Table>().First();
        Assert.Equal(["Finding", "Severity", "Effect", "95% interval", "Practical minimum", "Adjusted p"], summary.Columns);
        Assert.Equal(7, summary.Rows.Count);
        Assert.Equal(["rushing", "alert", "50.0%", "30.0% to 70.0%", "10.0%", "< 0.001"], summary.Rows[0]);
        Assert.Equal(["storing-up", "watch", "25.0%", "-2.0% to 55.0%", "20.0%", "0.060"], summary.Rows[3]);
        Assert.Equal(["rework", "not enough data", "–", "–", "–", "–"], summary.Rows[6]);
        Assert.Equal(2, document.Blocks.OfType<ChartBlock>().Count());
        Assert.Equal("Gaming scan: cases.csv", document.Title);
    }

    [Fact]
    public void Build_Watch_ExplainsTheAdjustedPAndTheEffectInWords()
    {
        var document = ScanDocument.Build(ScanSamples.Report());

        var items = document.Blocks.OfType<BulletList>().SelectMany(b => b.Items).ToList();
        // Storing up: adjusted p 0.06 = 6%, raw 0.02, two tests; effect 25% against a minimum of 20%.
        Assert.Contains("Adjusted p = 0.060 (raw p = 0.020, corrected for 2 tests): data with no such pattern would look at least this extreme in about 6.0% of scans; not convincing at the 0.01 level.", items);
        Assert.Contains("Effect: extra completions per day in the last 3 days = 25.0% (95% interval -2.0% to 55.0%); it reaches the practical minimum of 20.0%.", items);
        Assert.Contains("6 cases end before they start; they were left out", items);
    }

    [Fact]
    public void Render_Html_HasAnInlineSvgPerChart()
    {
        var html = HtmlRenderer.Render(ScanDocument.Build(ScanSamples.Report()));

        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("Not run: rework needs an option.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Markdown_HasTheSummaryRows()
    {
        var markdown = MarkdownRenderer.Render(ScanDocument.Build(ScanSamples.Report()));

        Assert.Contains("| rushing | alert | 50.0% | 30.0% to 70.0% | 10.0% | \\< 0.001 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Not run: cherry-picking needs an option.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Histogram_DrawsTitleAxisAndLegend()
    {
        var chart = ScanSamples.Report().Result.Findings[0].Chart!;
        var spec = new FindingChartSpec(chart);

        var svg = ChartRenderer.ToSvg(spec, 700, ChartRenderer.PreferredHeight(spec), "hist");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("Cases by duration around the target", svg, StringComparison.Ordinal);
        Assert.Contains("expected without the pattern", svg, StringComparison.Ordinal);
        Assert.Contains("minutes", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Series_DrawsItsSeriesName()
    {
        var spec = new FindingChartSpec(ScanSamples.Report().Result.Findings[3].Chart!);

        var svg = ChartRenderer.ToSvg(spec, 700, ChartRenderer.PreferredHeight(spec), "series");

        Assert.Contains("average over periods", svg, StringComparison.Ordinal);
        Assert.Contains("days before the end", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Pdf_HasTheFindingsText()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "scan.pdf");
        using (var stream = File.Create(path))
        {
            ScanReportWriter.Render(ScanSamples.Report(), ReportFormat.Pdf, stream);
        }

        var text = Poppler.Text(path);
        Assert.Contains("Gaming scan: cases.csv", text, StringComparison.Ordinal);
        Assert.Contains("Rushing: cases bunched just inside the target", text, StringComparison.Ordinal);
    }
}
