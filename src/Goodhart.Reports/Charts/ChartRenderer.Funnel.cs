using Goodhart.Reports.Rendering;
using Goodhart.Spc;
using Goodhart.Spc.Funnel;
using ScottPlot;

namespace Goodhart.Reports.Charts;

public static partial class ChartRenderer
{
    // Making Data Count's colours: grey for common cause, blue for improvement, orange for concern, purple when
    // no direction is better.
    private const string CommonCause = "#7b7d7d";
    private const string Improvement = "#289de0";
    private const string Concern = "#fab428";
    private const string NeutralSignal = "#361475";

    private static Plot BuildFunnel(FunnelChartSpec spec)
    {
        var plot = new Plot();
        var ink = Color.FromHex("#1f2328");
        var muted = Color.FromHex("#57606a");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        if (spec.Curve.Count > 0)
        {
            var xs = spec.Curve.Select(c => c.Denominator).ToArray();
            var limitInk = Color.FromHex("#8c2d2d");
            AddCurve(plot, xs, spec.Curve.Select(c => c.Limits.Upper998).ToArray(), limitInk, LinePattern.Solid, "99.8% limits");
            AddCurve(plot, xs, spec.Curve.Select(c => c.Limits.Lower998).ToArray(), limitInk, LinePattern.Solid, null);
            AddCurve(plot, xs, spec.Curve.Select(c => c.Limits.Upper95).ToArray(), limitInk, LinePattern.Dashed, "95% limits");
            AddCurve(plot, xs, spec.Curve.Select(c => c.Limits.Lower95).ToArray(), limitInk, LinePattern.Dashed, null);
            if (double.IsFinite(spec.Target))
            {
                AddCurve(plot, [xs[0], xs[^1]], [spec.Target, spec.Target], muted, LinePattern.Solid, "Target");
            }
        }

        foreach (var group in spec.Points.GroupBy(p => ColourOf(p)))
        {
            var points = group.ToList();
            var scatter = plot.Add.ScatterPoints(points.Select(p => p.Denominator).ToArray(), points.Select(p => p.Rate).ToArray());
            scatter.Color = Color.FromHex(group.Key);
            scatter.MarkerSize = 7;
            scatter.MarkerShape = MarkerShape.FilledCircle;
        }

        foreach (var point in spec.Points.Where(p => p.Band is FunnelBand.Above998 or FunnelBand.Below998))
        {
            var label = plot.Add.Text(Shorten(TextSanitizer.SingleLine(point.Label), 24), point.Denominator, point.Rate);
            label.Alignment = point.Band == FunnelBand.Above998 ? Alignment.LowerLeft : Alignment.UpperLeft;
            label.OffsetX = 5;
            label.LabelStyle.FontSize = 10;
            label.LabelStyle.ForeColor = ink;
        }

        var title = TextSanitizer.SingleLine(spec.Title);
        var subtitle = TextSanitizer.SingleLine(spec.Subtitle);
        plot.Title(title.Length == 0 ? subtitle : title + "\n" + subtitle);
        plot.Axes.Title.Label.FontSize = 12;
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Title.Label.ForeColor = title.Length == 0 ? muted : ink;
        plot.XLabel(TextSanitizer.SingleLine(spec.XLabel));
        plot.YLabel(TextSanitizer.SingleLine(spec.YLabel));
        plot.Axes.Bottom.Label.FontSize = 11;
        plot.Axes.Left.Label.FontSize = 11;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = muted;
        plot.Axes.Left.TickLabelStyle.ForeColor = muted;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.Legend.FontSize = 10;
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void AddCurve(Plot plot, double[] xs, double[] ys, Color color, LinePattern pattern, string? legend)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        line.Color = color;
        line.LineWidth = 1.4f;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
        if (legend is not null)
        {
            line.LegendText = legend;
        }
    }

    private static string ColourOf(FunnelChartPoint point) => point.Band == FunnelBand.Within95
        ? CommonCause
        : point.Signal switch
        {
            SignalKind.Improvement => Improvement,
            SignalKind.Concern => Concern,
            SignalKind.Neutral => NeutralSignal,
            _ => CommonCause,
        };
}
