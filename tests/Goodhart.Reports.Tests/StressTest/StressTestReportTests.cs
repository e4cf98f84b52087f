using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Rendering.Pdf;
using Goodhart.Reports.StressTest;
using Goodhart.Reports.Tests.Support;
using Goodhart.StressTest;
using Goodhart.Testing;

namespace Goodhart.Reports.Tests.StressTest;

public sealed class StressTestReportTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Markdown_CrisisLineSample_MatchesTheDocsExample()
    {
        var markdown = MarkdownRenderer.Render(StressTestDocument.Build(StressTestSamples.Single("crisis-line-60s.json")));

        Golden.Verify(markdown, "../../docs/examples/calls-answered-within-60-seconds.md");
    }

    [Fact]
    public void Json_CrisisLineSample_MatchesTheDocsExample()
    {
        Golden.Verify(StressTestJson.Write(StressTestSamples.Single("crisis-line-60s.json")), "../../docs/examples/calls-answered-within-60-seconds.json");
    }

    [Fact]
    public void Markdown_TeamSample_MatchesItsGoldenFile()
    {
        var markdown = MarkdownRenderer.Render(StressTestDocument.Build(StressTestSamples.Team()));

        Golden.Verify(markdown, "StressTest/Golden/team.verified.md");
    }

    [Fact]
    public void Json_AnySample_CarriesTheFieldsOtherToolsRead()
    {
        foreach (var report in new[] { StressTestSamples.Single("ae-4-hour.json"), StressTestSamples.Single("support-desk-tickets.json"), StressTestSamples.Team() })
        {
            using var json = JsonDocument.Parse(StressTestJson.Write(report));
            var root = json.RootElement;
            Assert.Equal(StressTestJson.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(report.MeasureName, root.GetProperty("measure").GetProperty("name").GetString());
            Assert.Equal(6, root.GetProperty("dimensions").GetArrayLength());
            foreach (var dimension in root.GetProperty("dimensions").EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(dimension.GetProperty("id").GetString()));
                Assert.InRange(dimension.GetProperty("score").GetDouble(), 0, 100);
                Assert.InRange(dimension.GetProperty("confidence").GetDouble(), 0, 1);
                Assert.True(dimension.GetProperty("drivers").GetArrayLength() > 0);
            }

            Assert.InRange(root.GetProperty("overall").GetProperty("score").GetDouble(), 0, 100);
            Assert.Contains(root.GetProperty("overall").GetProperty("band").GetString(), new[] { "low", "moderate", "high", "severe" });
        }
    }

    [Fact]
    public void Json_HostileText_ParsesBackExactlyAndCarriesNoRawTag()
    {
        var reflection = Hostile();
        var json = StressTestJson.Write(StressTestSamples.Hostile($"Calls \"answered\" {Script} 😀", reflection));

        Assert.DoesNotContain(Script, json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal($"Calls \"answered\" {Script} 😀", doc.RootElement.GetProperty("measure").GetProperty("name").GetString());
        var authority = doc.RootElement.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "authority");
        Assert.Equal(reflection, authority.GetProperty("reflection").GetString());
    }

    [Fact]
    public void Html_HostileText_IsEncodedEverywhere()
    {
        var html = HtmlRenderer.Render(StressTestDocument.Build(StressTestSamples.Hostile($"Calls {Script}", Hostile())));

        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("مرحبا بالعالم", html, StringComparison.Ordinal);
        Assert.Contains("😀", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HostileText_HasNoRawTag()
    {
        var markdown = MarkdownRenderer.Render(StressTestDocument.Build(StressTestSamples.Hostile($"Calls {Script}", Hostile())));

        Assert.DoesNotContain(Script, markdown, StringComparison.Ordinal);
        Assert.Contains("שלום עולם", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void FileStem_HostileMeasureName_IsASafeFileName()
    {
        var report = StressTestSamples.Hostile("../../etc/passwd: Café \"4-hour\" <wait> 😀 " + new string('x', 200), "r");

        Assert.Equal("etc-passwd-cafe-4-hour-wait-" + new string('x', 32) + "-2026-11-23", report.FileStem);
        Assert.Equal("measure-2026-11-23", StressTestSamples.Hostile("😀 ✓", "r").FileStem);
    }

    [Fact]
    public void Pdf_CrisisLineSample_ReadsAsTheReaderMeetsIt()
    {
        var report = StressTestSamples.Single("crisis-line-60s.json");
        using var temp = new TempDirectory();
        var pdf = temp.File("report.pdf");
        using (var stream = File.Create(pdf))
        {
            StressTestReportWriter.Render(report, ReportFormat.Pdf, stream);
        }

        var text = Regex.Replace(Poppler.Text(pdf), @"\s+", " ");

        Assert.Contains("Calls answered within 60 seconds", text, StringComparison.Ordinal);
        foreach (var dimension in InstrumentLoader.Default.Dimensions)
        {
            Assert.Contains(dimension.Title, text, StringComparison.Ordinal);
        }

        Assert.Contains("Overall distortion risk: severe (86 of 100)", text, StringComparison.Ordinal);
        Assert.Contains("not a verdict on anyone", text, StringComparison.Ordinal);
        Poppler.Run("pdftoppm", "-png", "-r", "40", pdf, temp.File("page"));
        Assert.Equal(PdfLayoutEngine.Layout(StressTestDocument.Build(report)).Pages.Count, Directory.GetFiles(temp.Path, "page-*.png").Length);
        if (Environment.GetEnvironmentVariable(Golden.UpdateVariable) == "1")
        {
            // The README links this rendering beside the Markdown and JSON examples that the golden tests keep current.
            File.Copy(pdf, Path.Combine(StressTestSamples.Root, "docs", "examples", "calls-answered-within-60-seconds.pdf"), overwrite: true);
        }
    }

    [Fact]
    public void Pdf_LongMeasureNameAndReflection_StayInsideThePage()
    {
        var measure = "Percentage of callers whose first contact was answered by a trained handler within sixty seconds of joining the queue, excluding abandoned calls";
        var report = StressTestSamples.Hostile(measure, Hostile());
        using var temp = new TempDirectory();
        var pdf = temp.File("long.pdf");
        using (var stream = File.Create(pdf))
        {
            StressTestReportWriter.Render(report, ReportFormat.Pdf, stream);
        }

        var layout = PdfLayoutEngine.Layout(StressTestDocument.Build(report));
        Assert.All(layout.Pages.SelectMany(p => p.Lines), line =>
        {
            Assert.InRange(line.Left, PageGeometry.Left - 0.5f, PageGeometry.Right);
            Assert.InRange(line.Right, PageGeometry.Left, PageGeometry.Right + 0.5f);
            Assert.InRange(line.Bottom, PageGeometry.Top, PageGeometry.Bottom + 0.5f);
        });
        var text = Regex.Replace(Poppler.Text(pdf), @"\s+", " ");
        Assert.Contains(measure, text, StringComparison.Ordinal);
        Assert.Contains("The measure rewards speed over care on busy evenings.", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
    }

    /// <summary>10,000 characters of mixed text: quotes, tags, emoji, right-to-left scripts, and a 3,000-character word.</summary>
    internal static string Hostile()
    {
        var text = new StringBuilder();
        text.Append("Quotes \" ' and a tag ").Append(Script).Append(" and emoji 😀👩🏽‍⚕️. ");
        text.Append("مرحبا بالعالم. שלום עולם. ");
        text.Append(new string('w', 3000)).Append(' ');
        while (text.Length < 10_000)
        {
            text.Append("The measure rewards speed over care on busy evenings. ");
        }

        return text.ToString(0, 10_000);
    }
}
