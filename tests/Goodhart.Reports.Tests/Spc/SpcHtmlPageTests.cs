using System.Text.RegularExpressions;
using Goodhart.Reports.Spc;
using Goodhart.Reports.Tests.Support;
using Goodhart.Spc;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcHtmlPageTests
{
    private static readonly (SpcRule, SignalSide, SignalKind) Quiet = (SpcRule.None, SignalSide.None, SignalKind.None);

    private static SpcResult LastPoint(string name, SignalKind kind, double? target = null, ImprovementDirection direction = ImprovementDirection.Increase) =>
        SpcResults.Build(name, [10.0, 9, 11, 10, 17], direction, target,
            i => i == 4 && kind != SignalKind.None ? (SpcRule.BeyondLimits, SignalSide.High, kind) : Quiet);

    private static IReadOnlyList<string> TableNames(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return Regex.Matches(body, "<a href=\"#s-\\d+\">([^<]*)</a>").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void Render_ManySeries_OrdersTheTableConcernsFirst()
    {
        var results = new[]
        {
            LastPoint("steady", SignalKind.None),
            LastPoint("worse", SignalKind.Concern, target: 12),
            LastPoint("better", SignalKind.Improvement),
            LastPoint("worse and failing", SignalKind.Concern, target: 20),
            LastPoint("changed", SignalKind.Neutral, direction: ImprovementDirection.Neutral),
        };

        var html = SpcHtmlPage.Render(results);

        // Concern (failing a target before hit and miss), then neutral, improvement, common cause.
        Assert.Equal(["worse and failing", "worse", "changed", "better", "steady"], TableNames(html));
    }

    [Fact]
    public void Render_ManySeries_HasOneSmallChartPerSeriesLinkedFromTheTable()
    {
        var results = Enumerable.Range(1, 4).Select(i => SpcResults.Monthly($"Unit {i}")).ToArray();

        var html = SpcHtmlPage.Render(results);

        Assert.Equal(4, Regex.Matches(html, "<figure class=\"chart\">").Count);
        Assert.Equal(4, Regex.Matches(html, "<section class=\"tile\" id=\"s-\\d+\">").Count);
        Assert.Equal(4, Regex.Matches(html, "viewBox=\"0 0 360 200\"").Count);
        for (var i = 1; i <= 4; i++)
        {
            Assert.Contains($"href=\"#s-{i}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"s-{i}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ManySeries_FoldsEachChartsSentencesUnderIt()
    {
        var html = SpcHtmlPage.Render([SpcResults.Monthly("a"), SpcResults.Monthly("b")]);

        Assert.Equal(2, Regex.Matches(html, "<details><summary>What this chart says</summary>").Count);
        Assert.Contains("<p dir=\"auto\">The target lies inside the limits", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SingleSeries_HasOneLargeChart()
    {
        var html = SpcHtmlPage.Render([SpcResults.Monthly()]);

        Assert.Single(Regex.Matches(html, "<figure class=\"chart\">"));
        Assert.Contains("viewBox=\"0 0 800 450\"", html, StringComparison.Ordinal);
        Assert.Contains("The limits rest on fewer than 13 values.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileNames_AreEncodedEverywhere()
    {
        const string Hostile = "<script>alert(1)</script> \"q\" & 'x'";
        var html = SpcHtmlPage.Render([SpcResults.Monthly(Hostile), SpcResults.Small(Hostile)], new SpcPageOptions(SourceFile: "<img src=x onerror=alert(1)>.csv"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; &#39;x&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Always_IsSelfContained()
    {
        var html = SpcHtmlPage.Render([SpcResults.Monthly(), SpcResults.Small()]);
        var withoutNamespaces = html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal)
            .Replace("http://www.w3.org/1999/xlink", string.Empty, StringComparison.Ordinal);

        Assert.DoesNotContain("http://", withoutNamespaces, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", withoutNamespaces, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Header_NamesFileChartRulesDirectionTargetAndTool()
    {
        var html = SpcHtmlPage.Render([SpcResults.Monthly()],
            new SpcPageOptions(SourceFile: "waits.csv", GeneratedBy: "goodhart spc 0.1", GeneratedAt: new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero)));

        Assert.Contains("<dd dir=\"auto\">waits.csv</dd>", html, StringComparison.Ordinal);
        Assert.Contains("XmR (individuals) chart", html, StringComparison.Ordinal);
        Assert.Contains("<code>two-of-three</code>", html, StringComparison.Ordinal);
        Assert.Contains("lower is better (decrease)", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Target</dt><dd dir=\"auto\">8</dd>", html, StringComparison.Ordinal);
        Assert.Contains("goodhart spc 0.1, 2026-11-23 09:30 UTC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_130SeriesOf36Points_HasOneChartEach()
    {
        // Speed is measured in bench/ (SpcBenchmarks.HtmlPage).
        var results = Enumerable.Range(1, 130).Select(i => SpcResults.Monthly($"Provider {i:000}")).ToArray();
        var html = SpcHtmlPage.Render(results);

        Assert.Equal(130, Regex.Matches(html, "<figure class=\"chart\">").Count);
    }
}
