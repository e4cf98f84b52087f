using System.Text.RegularExpressions;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Tests.Support;
using SkiaSharp;

namespace Goodhart.Reports.Tests.Charts;

public sealed class FunnelChartTests
{
    [Fact]
    public void From_Result_ScalesRatesAndSaysHowLimitsWereDrawn()
    {
        var spec = FunnelChartSpec.From(FunnelSamples.Proportions(), "Four-hour standard");

        Assert.Equal(20, spec.Target, 1e-9);
        Assert.Equal(60, spec.Points[^1].Rate, 1e-9);
        Assert.Equal("Percent", spec.YLabel);
        Assert.Contains("exact binomial limits", spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void From_Overdispersed_SubtitleNamesAdditiveAdjustment()
    {
        var spec = FunnelChartSpec.From(FunnelSamples.Overdispersed());

        Assert.Contains("additive random effect", spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Funnel_DrawsCurvesPointsTitleAndOutlierLabel()
    {
        var spec = FunnelChartSpec.From(FunnelSamples.Proportions(), "Four-hour standard");

        var svg = ChartRenderer.ToSvg(spec, 720, ChartRenderer.PreferredHeight(spec), "funnel");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("Four-hour standard", svg, StringComparison.Ordinal);
        Assert.Contains("exact binomial limits", svg, StringComparison.Ordinal);
        Assert.Contains("Far, Trust", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">Alpha<", Regex.Replace(svg, @"\s+", string.Empty), StringComparison.Ordinal);
        Assert.Contains("99.8% limits", svg, StringComparison.Ordinal);
        Assert.Contains("95% limits", svg, StringComparison.Ordinal);
        // Four limit curves and the centre line are paths or polylines; points are circles.
        Assert.True(Regex.Matches(svg, "<(path|polyline)\\b").Count >= 5);
        Assert.True(Regex.Matches(svg, "<(circle|ellipse)\\b").Count >= 6);
    }

    [Fact]
    public void ToPng_Funnel_DecodesAtRequestedSize()
    {
        var spec = FunnelChartSpec.From(FunnelSamples.Overdispersed(), "Over-dispersed");

        var png = ChartRenderer.ToPng(spec, 640, 420);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(640, bitmap.Width);
        Assert.Equal(420, bitmap.Height);
    }

    [Fact]
    public void Draw_FunnelOnCanvas_MarksTheCanvas()
    {
        var spec = FunnelChartSpec.From(FunnelSamples.Proportions());
        using var bitmap = new SKBitmap(500, 360);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);

        ChartRenderer.Draw(spec, canvas, new SKRect(0, 0, 500, 360));

        var nonWhite = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                nonWhite += bitmap.GetPixel(x, y) == SKColors.White ? 0 : 1;
            }
        }

        Assert.True(nonWhite > 100);
    }
}
