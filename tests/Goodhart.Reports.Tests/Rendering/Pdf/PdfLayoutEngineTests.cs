using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering.Pdf;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Rendering.Pdf;

public sealed class PdfLayoutEngineTests
{
    private const float Tolerance = 0.01f;

    private static readonly Lazy<PdfLayout> Stress = new(() => PdfLayoutEngine.Layout(SampleDocuments.Stress()));

    [Fact]
    public void Layout_StressDocument_NoLineLeavesTheMargins()
    {
        foreach (var (page, index) in Stress.Value.Pages.Select((p, i) => (p, i)))
        {
            foreach (var line in page.Lines)
            {
                var where = $"page {index + 1}, line '{Shorten(line.Line.Text)}'";
                Assert.True(line.Left >= PageGeometry.Left - Tolerance, $"{where} starts at {line.Left}, left of the margin");
                Assert.True(line.Right <= PageGeometry.Right + Tolerance, $"{where} ends at {line.Right}, right of the margin {PageGeometry.Right}");
                Assert.True(line.Top >= PageGeometry.Top - Tolerance, $"{where} starts at {line.Top}, above the margin");
                Assert.True(line.Bottom <= PageGeometry.Bottom + Tolerance, $"{where} ends at {line.Bottom}, below the margin {PageGeometry.Bottom}");
            }
        }
    }

    [Fact]
    public void Layout_StressDocument_BodyStaysAboveTheFooter()
    {
        foreach (var page in Stress.Value.Pages)
        {
            var body = page.Lines.Where(l => l.Style != PdfTheme.Footer).ToList();
            Assert.NotEmpty(body);
            Assert.All(body, l => Assert.True(l.Bottom <= PageGeometry.BodyBottom + Tolerance, $"'{Shorten(l.Line.Text)}' runs into the footer"));
            Assert.All(page.Elements.OfType<BoxElement>(), b => Assert.True(b.Rect.Bottom <= PageGeometry.BodyBottom + 0.5f + Tolerance && b.Rect.Left >= PageGeometry.Left - Tolerance && b.Rect.Right <= PageGeometry.Right + Tolerance));
            Assert.All(page.Elements.OfType<ChartElement>(), c => Assert.True(c.Rect.Bottom <= PageGeometry.BodyBottom + Tolerance));
        }
    }

    [Fact]
    public void Layout_StressDocument_TextLinesDoNotOverlap()
    {
        foreach (var page in Stress.Value.Pages)
        {
            var lines = page.Lines.OrderBy(l => l.Top).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                for (var j = i + 1; j < lines.Count && lines[j].Top < lines[i].Bottom; j++)
                {
                    var overlapX = lines[i].Left < lines[j].Right - Tolerance && lines[j].Left < lines[i].Right - Tolerance;
                    Assert.False(overlapX, $"'{Shorten(lines[i].Line.Text)}' overlaps '{Shorten(lines[j].Line.Text)}'");
                }
            }
        }
    }

    [Fact]
    public void Layout_StressDocument_EveryPageHasItsFooter()
    {
        var pages = Stress.Value.Pages;

        for (var i = 0; i < pages.Count; i++)
        {
            var footer = pages[i].Lines.Where(l => l.Style == PdfTheme.Footer).Select(l => l.Line.Text).ToList();
            Assert.Contains($"Page {i + 1} of {pages.Count}", footer);
            Assert.Contains(footer, t => t.StartsWith("Goodhart · Percentage of patients", StringComparison.Ordinal) && t.EndsWith('…'));
        }
    }

    [Fact]
    public void Layout_LongTable_RepeatsItsHeaderOnEveryPageItRunsOver()
    {
        var tablePages = Stress.Value.Pages.Where(p => p.Lines.Any(l => l.Line.Text.StartsWith("Case group", StringComparison.Ordinal))).ToList();

        Assert.True(tablePages.Count >= 3, "the 120-row table should run over at least three pages");
        foreach (var page in tablePages)
        {
            var header = page.Lines.Single(l => l.Line.Text == "Minutes");
            var firstRow = page.Lines.Where(l => l.Line.Text.StartsWith("Case group", StringComparison.Ordinal)).Min(l => l.Top);
            Assert.True(header.Top < firstRow);
        }
    }

    [Fact]
    public void Layout_LongTable_KeepsEachRowOnOnePage()
    {
        var rows = Stress.Value.Pages
            .SelectMany((p, i) => p.Lines.Select(l => (Page: i, l.Line.Text)))
            .ToList();

        // Rows 7, 14, … have a description that wraps to two lines; both lines sit on the row's page.
        for (var row = 7; row <= 119; row += 7)
        {
            var page = rows.Single(r => r.Text == $"Case group {row}").Page;
            var description = rows.Where(r => r.Text.StartsWith("A longer description", StringComparison.Ordinal) || r.Text.EndsWith("of the column", StringComparison.Ordinal)).ToList();
            Assert.Contains(description, d => d.Page == page);
        }

        Assert.Equal(120, rows.Count(r => r.Text.StartsWith("Case group ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Layout_Headings_AreNeverTheLastThingOnAPage()
    {
        var headingStyles = new[] { PdfTheme.Heading1, PdfTheme.Heading2, PdfTheme.Heading3 };
        foreach (var page in Stress.Value.Pages)
        {
            var body = page.Lines.Where(l => l.Style != PdfTheme.Footer).OrderBy(l => l.Top).ToList();
            Assert.DoesNotContain(body[^1].Style, headingStyles);
        }
    }

    [Fact]
    public void Layout_TallRowInTable_IsSplitAcrossPagesWithoutLosingLines()
    {
        var reflection = SampleDocuments.LongReflection();
        var document = new ReportDocument("T", null, [new Table(["Who", "Reflection"], [["Ana", reflection]], [])], "F");

        var layout = PdfLayoutEngine.Layout(document);

        var cellText = string.Concat(layout.Pages.SelectMany(p => p.Lines)
            .Where(l => l.Style == PdfTheme.Cell && l.Line.Text != "Ana")
            .Select(l => l.Line.EndsInsideWord ? l.Line.Text : l.Line.Text + " "));
        Assert.True(layout.Pages.Count > 1);
        Assert.Equal(reflection, cellText.TrimEnd());
        Assert.All(layout.Pages, p => Assert.Contains(p.Lines, l => l.Line.Text == "Reflection"));
    }

    [Fact]
    public void Layout_StressDocument_HasNoMissingGlyphs()
    {
        InstalledFonts.RequireEmoji();
        // Glyph 0 is .notdef, the empty box a font draws for a character it lacks.
        var missing = Stress.Value.Pages
            .SelectMany(p => p.Lines)
            .SelectMany(l => l.Line.Spans)
            .Where(s => s.Glyphs.Contains((ushort)0))
            .Select(s => s.Text)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Layout_Emoji_ComeFromAnEmojiFont()
    {
        InstalledFonts.RequireEmoji();
        var spans = Stress.Value.Pages.SelectMany(p => p.Lines).SelectMany(l => l.Line.Spans).ToList();

        var emoji = spans.Single(s => s.Text.Contains("😀", StringComparison.Ordinal));
        Assert.Contains("Emoji", emoji.Typeface.FamilyName, StringComparison.Ordinal);
        Assert.Equal(PdfFonts.Family, spans.First(s => s.Text == "Seven").Typeface.FamilyName);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
