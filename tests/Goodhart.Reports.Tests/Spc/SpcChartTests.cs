using System.Text.RegularExpressions;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Spc;
using Goodhart.Reports.Tests.Support;
using Goodhart.Spc;
using SkiaSharp;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcChartTests
{
    [Fact]
    public void ToSvg_MonthlyChart_ColoursEachSignalKindPresent()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Monthly()), 800, 450);

        Assert.Contains($"fill=\"{SpcPalette.CommonCause}\"", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"fill=\"{SpcPalette.Improvement}\"", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"fill=\"{SpcPalette.Concern}\"", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"fill=\"{SpcPalette.Neutral}\"", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToSvg_NeutralSignal_IsPurple()
    {
        var result = SpcResults.Build("calls", [10.0, 9, 11, 10, 3], ImprovementDirection.Neutral, null,
            i => i == 4 ? (SpcRule.BeyondLimits, SignalSide.Low, SignalKind.Neutral) : (SpcRule.None, SignalSide.None, SignalKind.None));

        var svg = ChartRenderer.ToSvg(new SpcChartSpec(result), 800, 450);

        Assert.Contains($"fill=\"{SpcPalette.Neutral}\"", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"fill=\"{SpcPalette.Concern}\"", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("part of a downward signal", TextOf(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_WithTarget_DrawsTheTargetLineAndLabel()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Monthly()), 800, 450);

        Assert.Contains(SpcPalette.Target, svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Target 8", TextOf(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_WithoutTarget_HasNoTargetLine()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Small(target: null)), 800, 450);

        Assert.DoesNotContain(SpcPalette.Target, svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToSvg_DateKeys_LabelsTheAxisWithMonths()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Monthly()), 800, 450);

        Assert.Contains("Apr 2023", TextOf(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Large_CarriesTheCaptionSentences()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Monthly()), 800, 450);

        var text = TextOf(svg);
        Assert.Contains("at least one signal about 23% of the time", text, StringComparison.Ordinal);
        Assert.Contains("The target lies inside the limits", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_SmallMultiple_DropsTheCaption()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Monthly()), 360, 200);

        Assert.DoesNotContain("at least one signal", svg, StringComparison.Ordinal);
        Assert.Contains("Median wait", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_HostileName_IsEscaped()
    {
        var svg = ChartRenderer.ToSvg(new SpcChartSpec(SpcResults.Small("<script>alert(1)</script> & co")), 800, 450);

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_RunChart_DrawsNoLimits()
    {
        var run = SpcResults.Build("run", [3.0, 4, 5, 4, 3, 5], ImprovementDirection.Increase, null,
            _ => (SpcRule.None, SignalSide.None, SignalKind.None), ChartKind.Run);

        var svg = ChartRenderer.ToSvg(new SpcChartSpec(run), 800, 450);

        Assert.DoesNotContain("#5B6770", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("#1F2328", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void ToSvg_FewOrMissingPoints_StillDraws(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => i == 1 ? null : (double?)(5 + i)).ToArray();
        var result = SpcResults.Build("few", values, ImprovementDirection.Increase, 6, _ => (SpcRule.None, SignalSide.None, SignalKind.None));

        var svg = ChartRenderer.ToSvg(new SpcChartSpec(result), 800, 450);

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_LabelKeys_WritesTheLabelsOnTheAxis()
    {
        var keys = new[] { SpcKey.Of("Wk 1"), SpcKey.Of("Wk 2"), SpcKey.Of("Wk 3") };
        var result = SpcResults.Build("weeks", [1.0, 2, 3], ImprovementDirection.Increase, null,
            _ => (SpcRule.None, SignalSide.None, SignalKind.None), keys: keys);

        var text = TextOf(ChartRenderer.ToSvg(new SpcChartSpec(result), 800, 450));

        Assert.Contains("Wk 1", text, StringComparison.Ordinal);
        Assert.Contains("Wk 3", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(800, 450)]
    [InlineData(360, 200)]
    public void ToPng_Chart_DecodesAtTheRequestedSize(int width, int height)
    {
        var png = ChartRenderer.ToPng(new SpcChartSpec(SpcResults.Monthly()), width, height);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        // A concern point is drawn in orange somewhere.
        Assert.Contains(Pixels(bitmap), c => c.Red > 200 && c.Green is > 90 and < 130 && c.Blue < 40);
    }

    [Fact]
    public void Draw_OntoACanvas_StaysInsideTheRectangle()
    {
        using var bitmap = new SKBitmap(900, 600);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);

        ChartRenderer.Draw(new SpcChartSpec(SpcResults.Monthly()), canvas, new SKRect(50, 50, 850, 500));

        Assert.All(Enumerable.Range(0, 900), x => Assert.Equal(SKColors.White, bitmap.GetPixel(x, 520)));
        Assert.Contains(Pixels(bitmap), c => c != SKColors.White);
    }

    [Fact]
    public void PreferredHeight_SpcChart_LeavesRoomForTheCaption()
    {
        var result = SpcResults.Monthly();

        Assert.True(ChartRenderer.PreferredHeight(new SpcChartSpec(result)) > ChartRenderer.PreferredHeight(new SpcChartSpec(result, ShowCaption: false)));
    }

    [Fact]
    public void EffectiveFormat_PChart_IsPercent()
    {
        var result = SpcResults.Small() with { Options = new SpcOptions(ChartKind.P) };

        Assert.Equal(SpcValueFormat.Percent, new SpcChartSpec(result).EffectiveFormat);
        Assert.Equal(SpcValueFormat.Number, new SpcChartSpec(SpcResults.Small()).EffectiveFormat);
    }

    /// <summary>The text of every text element, whitespace collapsed, so a sentence wrapped over lines reads whole.</summary>
    private static string TextOf(string svg) =>
        Regex.Replace(string.Join(' ', Regex.Matches(svg, "<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value)), @"\s+", " ");

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap)
    {
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }
}
