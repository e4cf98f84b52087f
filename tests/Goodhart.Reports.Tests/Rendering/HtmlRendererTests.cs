using System.Text.RegularExpressions;
using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Rendering;

public sealed class HtmlRendererTests
{
    [Fact]
    public void Render_HostileText_IsEncodedEverywhere()
    {
        var html = HtmlRenderer.Render(SampleDocuments.HostileText());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"quoted\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        // title, subtitle, heading, paragraph, bullet, key, value, header, cell, callout title and text, caption, footer
        Assert.True(Regex.Count(html, Regex.Escape("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;")) >= 14);
    }

    [Fact]
    public void Render_EntityLikeText_IsShownLiterally()
    {
        var html = HtmlRenderer.Render(Document(new Paragraph("AT&T &amp; &copy;")));

        Assert.Contains("AT&amp;T &amp;amp; &amp;copy;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Always_IsOneSelfContainedHtml5Page()
    {
        var html = HtmlRenderer.Render(SampleDocuments.Small());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Stress test: 4-hour A&amp;E target</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Always_ReferencesNothingExternalButTheSvgNamespace()
    {
        var html = HtmlRenderer.Render(SampleDocuments.Small());

        var urls = Regex.Matches(html, @"(?:https?:)?//[^\s""'<>)]+", RegexOptions.IgnoreCase).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
        Assert.DoesNotMatch(@"\b(?:src|href)\s*=", html);
    }

    [Fact]
    public void Render_ChartBlock_IsInlineSvgWithCaption()
    {
        var html = HtmlRenderer.Render(SampleDocuments.Small());

        Assert.Matches("<figure class=\"chart\">\n<svg role=\"img\" aria-label=\"Risk-displacement scores highest; [^\"]*\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=", html);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption dir=\"auto\">Risk-displacement scores highest;", html, StringComparison.Ordinal);
        Assert.Contains("Reinforcement", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoCharts_HaveDistinctSvgIds()
    {
        var chart = new ChartBlock(SampleDocuments.Profile(), "c");
        var html = HtmlRenderer.Render(Document(chart, chart));

        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_NumericColumns_AreRightAligned()
    {
        var html = HtmlRenderer.Render(SampleDocuments.Small());

        Assert.Contains("<th scope=\"col\" class=\"num\">Score</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">83</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">Risk displacement</td>", html, StringComparison.Ordinal);
        Assert.Matches(@"\.num \{[^}]*text-align: right", html);
    }

    [Fact]
    public void Render_ShortRow_IsPaddedToTheColumnCount()
    {
        var html = HtmlRenderer.Render(Document(new Table(["a", "b", "c"], [["1"]], [])));

        Assert.Contains("<tr><td dir=\"auto\">1</td><td dir=\"auto\"></td><td dir=\"auto\"></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ParagraphLineBreaks_AreKept()
    {
        var html = HtmlRenderer.Render(Document(new Paragraph("first line\r\nsecond line")));

        Assert.Contains("<p dir=\"auto\">first line\nsecond line</p>", html, StringComparison.Ordinal);
        Assert.Matches(@"\bp, [^{]*\{ white-space: pre-wrap; \}", html);
    }

    [Fact]
    public void Render_Styles_WrapLongWordsAndPrintColours()
    {
        var html = HtmlRenderer.Render(Document());

        Assert.Contains("overflow-wrap: anywhere", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 20mm; }", html, StringComparison.Ordinal);
        Assert.Contains("print-color-adjust: exact", html, StringComparison.Ordinal);
        Assert.Matches(@"tr, \.callout, figure[^{]*\{ break-inside: avoid;", html);
    }

    [Fact]
    public void Render_UserText_IsMarkedDirAuto()
    {
        var html = HtmlRenderer.Render(SampleDocuments.HostileText());

        foreach (var tag in new[] { "h1", "h2", "h3", "p", "li", "dt", "dd", "figcaption", "footer" })
        {
            Assert.Matches($"<{tag}[^>]* dir=\"auto\"", html);
        }
    }

    [Theory]
    [InlineData(Tone.Neutral, "neutral")]
    [InlineData(Tone.Low, "low")]
    [InlineData(Tone.Moderate, "moderate")]
    [InlineData(Tone.High, "high")]
    [InlineData(Tone.Severe, "severe")]
    public void Render_Callout_CarriesItsToneClassAndColour(Tone tone, string name)
    {
        var html = HtmlRenderer.Render(Document(new Callout(tone, "t", "x")));

        Assert.Contains($"<aside class=\"callout tone-{name}\">", html, StringComparison.Ordinal);
        Assert.Matches($@"\.tone-{name} \{{ --tone: #[0-9a-f]{{6}}; --tint: #[0-9a-f]{{6}}; \}}", html);
    }

    [Fact]
    public void Render_HeadingLevels_ShiftBelowTheTitle()
    {
        var html = HtmlRenderer.Render(Document(new Heading(1, "one"), new Heading(2, "two"), new Heading(3, "three")));

        Assert.Contains("<h2 dir=\"auto\">one</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 dir=\"auto\">two</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h4 dir=\"auto\">three</h4>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1"));
    }

    [Fact]
    public void Render_ControlCharacters_AreDropped()
    {
        var html = HtmlRenderer.Render(Document(new Paragraph("a\u0000b\u0007c\u001Bd")));

        Assert.Contains("<p dir=\"auto\">abcd</p>", html, StringComparison.Ordinal);
    }

    private static ReportDocument Document(params Block[] blocks) => new("Title", null, blocks, "Footer");
}
