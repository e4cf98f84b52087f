using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Rendering.Pdf;
using Goodhart.Reports.Tests.Support;
using Goodhart.Testing;

namespace Goodhart.Reports.Tests.Rendering;

public sealed class PdfRendererTests
{
    [Fact]
    public void Render_StressDocument_PdftotextFindsTheText()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("stress.pdf");
        File.WriteAllBytes(pdf, PdfRenderer.Render(SampleDocuments.Stress()));

        var text = Regex.Replace(Poppler.Text(pdf), @"\s+", " ");

        Assert.Contains("Stress test: " + SampleDocuments.LongMeasureName(), text, StringComparison.Ordinal);
        Assert.Contains("Measure card 17 · 2026-03-12 · <script>alert(1)</script>", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Reflections", "Right-to-left answers", "Context", "Cases by group" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("Severe distortion risk", text, StringComparison.Ordinal);
        Assert.Contains("We rush the easy cases through triage so the clock looks good", text, StringComparison.Ordinal);
        Assert.Contains("NOSPACESabcdefghijklmnopqrstuvwxyz", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> & \"quoted\"", text, StringComparison.Ordinal);
        Assert.Contains("Case group 1 ", text, StringComparison.Ordinal);
        Assert.Contains("Case group 120", text, StringComparison.Ordinal);
        Assert.Contains("1620.0", text, StringComparison.Ordinal);
        Assert.Contains("Mixed: the team wrote", text, StringComparison.Ordinal);
        Assert.Contains("End of report marker.", text, StringComparison.Ordinal);
        Assert.Matches("[\u05D0-\u05EA]", text); // Hebrew letters are there, in whatever order pdftotext puts them
        Assert.Matches("[\u0621-\u064A\uFE70-\uFEFF]", text); // and Arabic ones
        Assert.Contains("Reinforcement", text, StringComparison.Ordinal); // chart labels are real text
    }

    [Fact]
    public void Render_StressDocument_EveryPageRendersAndCarriesItsFooter()
    {
        var document = SampleDocuments.Stress();
        var expectedPages = PdfLayoutEngine.Layout(document).Pages.Count;
        using var temp = new TempDirectory();
        var pdf = temp.File("stress.pdf");
        File.WriteAllBytes(pdf, PdfRenderer.Render(document));

        Poppler.Run("pdftoppm", "-png", "-r", "60", pdf, temp.File("page"));
        var text = Poppler.Text(pdf);

        Assert.True(expectedPages > 1, "the stress document should need several pages");
        Assert.Equal(expectedPages, Directory.GetFiles(temp.Path, "page-*.png").Length);
        Assert.All(Directory.GetFiles(temp.Path, "page-*.png"), png => Assert.True(new FileInfo(png).Length > 1000, png + " is empty"));
        for (var page = 1; page <= expectedPages; page++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {expectedPages}"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Always_WritesTitleAndCreatorMetadata()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("small.pdf");
        File.WriteAllBytes(pdf, PdfRenderer.Render(SampleDocuments.Small()));

        var info = Poppler.Run("pdfinfo", pdf);

        Assert.Matches(@"Title:\s+Stress test: 4-hour A&E target\n", info);
        Assert.Matches(@"Creator:\s+Goodhart\n", info);
        Assert.Matches(@"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info);
    }

    [Fact]
    public void Render_ToStream_WritesAPdfAndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        PdfRenderer.Render(SampleDocuments.Small(), stream);

        Assert.True(stream.CanWrite);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_IsDrawnLiterally()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("hostile.pdf");
        File.WriteAllBytes(pdf, PdfRenderer.Render(SampleDocuments.HostileText()));

        var text = Regex.Replace(Poppler.Text(pdf), @"\s+", " ");

        Assert.Contains(SampleDocuments.Hostile, text, StringComparison.Ordinal);
        Assert.Contains("[link](javascript:alert(1)) *stars*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameDocument_GivesTheSameBytesEvenInParallel()
    {
        var reference = PdfRenderer.Render(SampleDocuments.Small());

        var copies = Enumerable.Range(0, 4).AsParallel().Select(_ => PdfRenderer.Render(SampleDocuments.Small())).ToList();

        Assert.All(copies, copy => Assert.True(reference.AsSpan().SequenceEqual(copy), "the PDF differs between runs"));
    }

    [Fact]
    public void Render_EmptyDocument_HasOnePage()
    {
        var layout = PdfLayoutEngine.Layout(new ReportDocument("Only a title", null, [], ""));

        Assert.Single(layout.Pages);
    }
}
