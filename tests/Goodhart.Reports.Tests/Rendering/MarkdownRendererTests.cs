using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Render_SmallDocument_MatchesGoldenFile()
    {
        var markdown = MarkdownRenderer.Render(SampleDocuments.Small());

        Golden.Verify(markdown, "Rendering/Golden/sample.verified.md");
    }

    [Fact]
    public void Render_Always_UsesLfAndEndsWithOneNewline()
    {
        var markdown = MarkdownRenderer.Render(SampleDocuments.Small() with { Footer = "a\r\nb\r\n\r\n" });

        Assert.DoesNotContain("\r", markdown, StringComparison.Ordinal);
        Assert.EndsWith("b*\n", markdown, StringComparison.Ordinal);
        Assert.False(markdown.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HostileText_EscapesHtmlAndInlineMarkup()
    {
        var markdown = MarkdownRenderer.Render(SampleDocuments.HostileText());

        // Every < is backslash-escaped, so no HTML tag or autolink can start.
        Assert.DoesNotMatch(@"(?<!\\)<", markdown);
        Assert.DoesNotContain("<script>", markdown.Replace("\\<", "&lt;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("# \\<script\\>alert(1)\\</script\\> \"quoted\" \\& 'single' \\<b\\>bold\\</b\\>\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[link\\](javascript:alert(1)) \\*stars\\* \\_under\\_ \\`code\\` \\| pipe \\| \\~\\~strike\\~\\~ \\\\ \\&amp; \\&copy;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_EscapesLineStartMarkers()
    {
        var markdown = MarkdownRenderer.Render(SampleDocuments.HostileText());

        Assert.Contains("### \\# not a heading\n", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "> \\# heading\\\n> \\- item\\\n> \\+ plus\\\n> 1\\. one\\\n> 2\\) two\\\n> \\> quote\\\n> \\---\\\n> \\===\\\n> indented\n",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("- \\- nested?\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TableCells_EscapePipesAndFlattenLineBreaks()
    {
        var markdown = MarkdownRenderer.Render(Document(new Table(["a|b", "n"], [["x\ny", "1|2"]], [1])));

        Assert.Contains("| a\\|b | n |\n| --- | ---: |\n| x y | 1\\|2 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Headings_SitOneLevelBelowTheTitle()
    {
        var markdown = MarkdownRenderer.Render(Document(new Heading(1, "One"), new Heading(2, "Two"), new Heading(3, "Three")));

        Assert.Equal("# T\n\n## One\n\n### Two\n\n#### Three\n\n---\n\n*F*\n", markdown);
    }

    [Fact]
    public void Render_Callout_IsBlockquoteWithBoldTitle()
    {
        var markdown = MarkdownRenderer.Render(Document(new Callout(Tone.Severe, "Severe risk", "Line one\nLine two")));

        Assert.Contains("> **Severe risk**\n>\n> Line one\\\n> Line two\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ParagraphLineBreaks_BecomeHardBreaks()
    {
        var markdown = MarkdownRenderer.Render(Document(new Paragraph("one\ntwo\n\nthree")));

        Assert.Contains("\n\none\\\ntwo\n\nthree\n\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 20)]
    [InlineData(50, 10)]
    [InlineData(62, 12)] // 62 / 5 = 12.4
    [InlineData(63, 13)] // 63 / 5 = 12.6
    [InlineData(0, 0)]
    [InlineData(140, 20)] // clamped to the scale
    public void Render_Chart_DrawsTwentyBlocksForOneHundred(double value, int blocks)
    {
        var chart = new ChartBlock(new ProfileChartSpec([new ProfileBar("Dim", value, Tone.High)], []), "Caption");

        var markdown = MarkdownRenderer.Render(Document(chart));

        var row = markdown.Split('\n').Single(l => l.StartsWith("| Dim |", StringComparison.Ordinal));
        Assert.Equal(blocks, row.Count(c => c == '█'));
        Assert.Contains("\n\n*Caption*\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChartWithRanges_AddsRangeColumn()
    {
        var markdown = MarkdownRenderer.Render(Document(new ChartBlock(SampleDocuments.Profile(), "c")));

        Assert.Contains("| Dimension | Score | 0–100 | Range |\n| --- | ---: | --- | --- |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Reinforcement | 62 | ████████████ | 45–80 |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AdjacentLists_UseDifferentMarkersSoTheyStaySeparate()
    {
        var markdown = MarkdownRenderer.Render(Document(new BulletList(["a"]), new BulletList(["b"]), new Paragraph("p"), new BulletList(["c"])));

        Assert.Contains("\n\n- a\n\n* b\n\np\n\n- c\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyTexts_ProduceNoStrayMarkers()
    {
        var markdown = MarkdownRenderer.Render(Document(new Callout(Tone.Low, "", ""), new Heading(1, " "), new Paragraph("")));

        Assert.DoesNotMatch("\\*\\*\\*\\*|^##\\s*$|^>\\s*$", markdown);
        Assert.Equal("# T\n\n---\n\n*F*\n", markdown);
    }

    [Theory]
    [InlineData("  four spaces", "four spaces")]
    [InlineData("10. ten", "10\\. ten")]
    [InlineData("3) three", "3\\) three")]
    [InlineData("2026-03-12", "2026-03-12")]
    [InlineData("= setext", "\\= setext")]
    [InlineData("a - b + c", "a - b + c")]
    [InlineData("C# & F#", "C\\# \\& F\\#")]
    [InlineData("![img](x)", "!\\[img\\](x)")]
    public void Line_MarkdownSyntax_IsEscapedWhereItActs(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Line(text));
    }

    private static ReportDocument Document(params Block[] blocks) => new("T", null, blocks, "F");
}
