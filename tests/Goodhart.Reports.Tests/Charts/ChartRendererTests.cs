using System.Text.RegularExpressions;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly ProfileChartSpec Spec = new(
        [
            new ProfileBar("Reinforcement", 34, Tone.Moderate, 20, 55),
            new ProfileBar("<script>alert(1)</script> & \"quoted\"", 71, Tone.High),
            new ProfileBar("Proxy failure", 100, Tone.Severe),
        ],
        [
            new BandRange("low", 0, 25, Tone.Low),
            new BandRange("moderate", 25, 50, Tone.Moderate),
            new BandRange("high", 50, 75, Tone.High),
            new BandRange("severe", 75, 100, Tone.Severe),
        ]);

    [Fact]
    public void ToSvg_HostileLabel_IsEscapedText()
    {
        var svg = ChartRenderer.ToSvg(Spec, 720, 300);

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("&amp;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Always_IsAnInlineElementThatScales()
    {
        var svg = ChartRenderer.ToSvg(Spec, 720, 300);

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 720 300\"", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Always_DrawsLabelsBandsAndValues()
    {
        var svg = ChartRenderer.ToSvg(Spec, 720, 300);

        Assert.Contains("Reinforcement", svg, StringComparison.Ordinal);
        Assert.Contains("moderate", svg, StringComparison.Ordinal);
        Assert.Contains(">34<", Regex.Replace(svg, @"\s+", string.Empty), StringComparison.Ordinal);
        Assert.Contains(">100<", Regex.Replace(svg, @"\s+", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_IdPrefix_PrefixesEveryIdAndReference()
    {
        var svg = ChartRenderer.ToSvg(Spec, 720, 300, "c7");

        var ids = Regex.Matches(svg, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var references = Regex.Matches(svg, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("c7-", id, StringComparison.Ordinal));
        Assert.All(references, r => Assert.Contains(r, ids));
    }

    [Fact]
    public void ToSvg_UnsafeIdPrefix_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChartRenderer.ToSvg(Spec, 720, 300, "a\"b"));
    }

    [Fact]
    public void PreferredHeight_MoreBars_IsTaller()
    {
        var one = new ProfileChartSpec([new ProfileBar("a", 1, Tone.Low)], []);

        Assert.True(ChartRenderer.PreferredHeight(Spec) > ChartRenderer.PreferredHeight(one));
    }
}
