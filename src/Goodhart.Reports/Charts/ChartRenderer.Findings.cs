using Goodhart.Findings;
using Goodhart.Reports.Rendering;
using ScottPlot;

namespace Goodhart.Reports.Charts;

/// <content>Findings' charts (<see cref="FindingChartSpec"/>): histograms with a counterfactual, and series.</content>
public static partial class ChartRenderer
{
    private static readonly Color BarFill = Color.FromHex("#9fb3c8");
    private static readonly Color Counterfactual = Color.FromHex("#1f2328");
    private static readonly Color ThresholdLine = Color.FromHex("#c0392b");
    private static readonly Color[] SeriesColors =
        [Color.FromHex("#3b6ea5"), Color.FromHex("#1f2328"), Color.FromHex("#b7791f"), Color.FromHex("#2f855a"), Color.FromHex("#805ad5"), Color.FromHex("#c05621")];

    private static Plot BuildFinding(FindingChartSpec spec) => spec.Data switch
    {
        HistogramChart histogram => BuildHistogram(histogram),
        SeriesChart series => BuildSeries(series),
        _ => throw Unsupported(spec),
    };

    private static Plot BuildHistogram(HistogramChart chart)
    {
        var plot = NewFindingPlot(chart.Title);
        var bars = chart.Bars.Where(b => double.IsFinite(b.Value) && double.IsFinite(b.Count)).ToList();
        if (bars.Count > 0)
        {
            var drawn = plot.Add.Bars(bars.Select(b => new Bar { Position = b.Value, Value = b.Count, Size = 1, FillColor = BarFill, LineWidth = 0 }).ToList());
            drawn.LegendText = "cases observed";
        }

        var expected = bars.Where(b => b.Expected is { } e && double.IsFinite(e)).ToList();
        if (expected.Count > 1)
        {
            var line = plot.Add.ScatterLine(expected.Select(b => b.Value).ToArray(), expected.Select(b => b.Expected!.Value).ToArray(), Counterfactual);
            line.LineWidth = 1.8f;
            line.LegendText = "expected without the pattern";
        }

        AddMarker(plot, chart.Threshold, "target");
        plot.XLabel(TextSanitizer.SingleLine(chart.Unit));
        plot.YLabel("cases");
        FinishFindingPlot(plot);
        return plot;
    }

    private static Plot BuildSeries(SeriesChart chart)
    {
        var plot = NewFindingPlot(chart.Title);
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var points = series.Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), SeriesColors[i % SeriesColors.Length]);
            scatter.LineWidth = series.IsFit ? 1.8f : 1.2f;
            scatter.MarkerSize = series.IsFit ? 0 : 5;
            scatter.LegendText = TextSanitizer.SingleLine(series.Name);
        }

        AddMarker(plot, chart.Marker, TextSanitizer.SingleLine(chart.MarkerLabel));
        plot.XLabel(TextSanitizer.SingleLine(chart.XLabel));
        plot.YLabel(TextSanitizer.SingleLine(chart.YLabel));
        FinishFindingPlot(plot);
        return plot;
    }

    private static Plot NewFindingPlot(string title)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Title(Shorten(TextSanitizer.SingleLine(title), 90), 12);
        return plot;
    }

    private static void AddMarker(Plot plot, double? at, string label)
    {
        if (at is { } x && double.IsFinite(x))
        {
            var line = plot.Add.VerticalLine(x, 1.5f, ThresholdLine, LinePattern.Dashed);
            line.LegendText = label;
        }
    }

    private static void FinishFindingPlot(Plot plot)
    {
        plot.Axes.Left.Label.FontSize = 11;
        plot.Axes.Bottom.Label.FontSize = 11;
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.FontSize = 10;
    }
}
