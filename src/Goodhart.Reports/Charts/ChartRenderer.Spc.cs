using System.Globalization;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Spc;
using Goodhart.Spc;
using ScottPlot;
using SkiaSharp;

namespace Goodhart.Reports.Charts;

/// <content>The process behaviour chart (<see cref="SpcChartSpec"/>).</content>
public static partial class ChartRenderer
{
    private static readonly Color Ink = Color.FromHex("#1f2328");
    private static readonly Color Muted = Color.FromHex("#57606a");
    private static readonly Color ValueLine = Color.FromHex("#7b8794");
    private static readonly Color LimitLine = Color.FromHex("#5b6770");
    private static readonly Color FaintLine = Color.FromHex("#c4cad0");

    private static Plot BuildSpc(SpcChartSpec spec, float width, float height)
    {
        var result = spec.Result;
        var compact = width < 480 || height < 300;
        var format = spec.EffectiveFormat;
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        var points = result.Points;
        var n = points.Count;
        var axis = XAxis.For(points);
        var xs = axis.Positions;

        // The values, broken where a period has none.
        var lineWidth = compact ? 1.2f : 1.6f;
        var start = -1;
        for (var i = 0; i <= n; i++)
        {
            var has = i < n && points[i].Value is { } value && double.IsFinite(value);
            if (has && start < 0)
            {
                start = i;
            }
            else if (!has && start >= 0)
            {
                if (i - start > 1)
                {
                    var lineXs = new double[i - start];
                    var lineYs = new double[i - start];
                    for (var j = start; j < i; j++)
                    {
                        lineXs[j - start] = xs[j];
                        lineYs[j - start] = points[j].Value!.Value;
                    }

                    var line = plot.Add.ScatterLine(lineXs, lineYs, ValueLine);
                    line.LineWidth = lineWidth;
                }

                start = -1;
            }
        }

        // Limits, centre and 2-sigma lines, each phase its own stepped segment.
        var run = result.Chart == ChartKind.Run;
        if (spec.ShowTwoSigma && !compact && !run)
        {
            AddSteps(plot, points, xs, p => p.Lower2, FaintLine, 1f, LinePattern.Dotted);
            AddSteps(plot, points, xs, p => p.Upper2, FaintLine, 1f, LinePattern.Dotted);
        }

        if (!run)
        {
            AddSteps(plot, points, xs, p => p.Lower, LimitLine, compact ? 1f : 1.3f, LinePattern.Dashed);
            AddSteps(plot, points, xs, p => p.Upper, LimitLine, compact ? 1f : 1.3f, LinePattern.Dashed);
        }

        AddSteps(plot, points, xs, p => p.Centre, Ink, compact ? 1.2f : 1.6f, LinePattern.Solid);

        // Phase breaks halfway between the last point of one phase and the first of the next.
        for (var i = 1; i < n; i++)
        {
            if (points[i].Phase != points[i - 1].Phase)
            {
                var phaseBreak = plot.Add.VerticalLine((xs[i - 1] + xs[i]) / 2, 1f, Muted, LinePattern.Dotted);
                phaseBreak.EnableAutoscale = false;
            }
        }

        // The points, coloured by what their signal means; signals drawn last so they sit on top.
        foreach (var kind in (ReadOnlySpan<SignalKind>)[SignalKind.None, SignalKind.Neutral, SignalKind.Improvement, SignalKind.Concern])
        {
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                if (points[i].Value is { } v && double.IsFinite(v) && points[i].Signal == kind)
                {
                    count++;
                }
            }

            if (count == 0)
            {
                continue;
            }

            var px = new double[count];
            var py = new double[count];
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                if (points[i].Value is { } v && double.IsFinite(v) && points[i].Signal == kind)
                {
                    px[k] = xs[i];
                    py[k] = v;
                    k++;
                }
            }

            var markers = plot.Add.ScatterPoints(px, py, Color.FromHex(SpcPalette.Of(kind)));
            markers.MarkerSize = kind == SignalKind.None ? (compact ? 4 : 6) : (compact ? 6 : 8);
            markers.MarkerShape = MarkerShape.FilledCircle;
        }

        if (result.Options.Target is { } target && double.IsFinite(target) && result.Chart != ChartKind.MovingRange)
        {
            var targetLine = plot.Add.HorizontalLine(target, compact ? 1.2f : 1.6f, Color.FromHex(SpcPalette.Target), LinePattern.DenselyDashed);
            targetLine.EnableAutoscale = true;
            if (n > 0)
            {
                var label = plot.Add.Text("Target " + SpcFormat.Value(target, format), xs[n - 1], target);
                label.Alignment = Alignment.LowerRight;
                label.LabelStyle.FontSize = compact ? 9 : 11;
                label.LabelStyle.ForeColor = Color.FromHex(SpcPalette.Target);
                label.LabelStyle.Bold = true;
                label.OffsetY = -2;
            }

            // Room above the data for the target's label, which sits on top of its line.
            plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0.1, top: 0.2);
        }

        if (spec.ShowTitle)
        {
            var title = Shorten(TextSanitizer.SingleLine(spec.Title ?? result.Name), compact ? 48 : 90);
            plot.Title(title, compact ? 11 : 14);
            plot.Axes.Title.Label.ForeColor = Ink;
            plot.Axes.Title.Label.Bold = true;
        }

        axis.Apply(plot, width, compact);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => SpcFormat.Value(v, format),
            TargetTickCount = compact ? 4 : 6,
        };
        plot.Axes.Left.TickLabelStyle.FontSize = compact ? 9 : 11;
        plot.Axes.Left.TickLabelStyle.ForeColor = Muted;
        plot.Axes.Bottom.TickLabelStyle.FontSize = compact ? 9 : 11;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Muted;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.06);
        plot.Grid.XAxisStyle.IsVisible = false;

        if (spec.ShowCaption && !compact)
        {
            var caption = string.Join("\n", spec.CaptionLines().SelectMany(line => Wrap(TextSanitizer.SingleLine(line), width - 40, 11)));
            plot.Axes.Bottom.Label.Text = caption;
            plot.Axes.Bottom.Label.FontSize = 11;
            plot.Axes.Bottom.Label.ForeColor = Muted;
            plot.Axes.Bottom.Label.Bold = false;
        }

        return plot;
    }

    /// <summary>
    /// Adds a line that steps from point to point, halfway between them, one segment per phase and per run of values.
    /// A segment whose level changes (per-point limits of P and U charts) is drawn solid and thinner, because dashes
    /// break a staircase into fragments.
    /// </summary>
    private static void AddSteps(Plot plot, IReadOnlyList<SpcPoint> points, double[] xs, Func<SpcPoint, double?> line, Color color, float width, LinePattern pattern)
    {
        var n = points.Count;
        var segmentXs = new List<double>();
        var segmentYs = new List<double>();

        void Flush()
        {
            if (segmentXs.Count > 1)
            {
                var ys = segmentYs.ToArray();
                var flat = ys.All(y => y == ys[0]);
                var scatter = plot.Add.ScatterLine(segmentXs.ToArray(), ys, color);
                scatter.LineWidth = flat ? width : Math.Max(0.8f, width * 0.75f);
                scatter.LinePattern = flat ? pattern : LinePattern.Solid;
            }

            segmentXs.Clear();
            segmentYs.Clear();
        }

        for (var i = 0; i < n; i++)
        {
            if (line(points[i]) is not { } y || !double.IsFinite(y))
            {
                Flush();
                continue;
            }

            var firstOfPhase = i == 0 || points[i - 1].Phase != points[i].Phase;
            var lastOfPhase = i == n - 1 || points[i + 1].Phase != points[i].Phase;
            if (firstOfPhase)
            {
                Flush();
            }

            var left = firstOfPhase ? xs[i] : (xs[i - 1] + xs[i]) / 2;
            var right = lastOfPhase ? xs[i] : (xs[i] + xs[i + 1]) / 2;
            segmentXs.Add(left);
            segmentYs.Add(y);
            segmentXs.Add(right);
            segmentYs.Add(y);
        }

        Flush();
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> in the chart font.</summary>
    private static IEnumerable<string> Wrap(string text, float maxWidth, float size)
    {
        using var font = new SKFont(LabelTypeface.Value, size);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Where each point goes on the x axis and how the axis is labelled: by date, by number or by label.</summary>
    private sealed class XAxis
    {
        private readonly IReadOnlyList<SpcPoint> _points;
        private readonly bool _dates;
        private readonly bool _numbers;

        private XAxis(IReadOnlyList<SpcPoint> points, double[] positions, bool dates, bool numbers)
        {
            _points = points;
            Positions = positions;
            _dates = dates;
            _numbers = numbers;
        }

        public double[] Positions { get; }

        public static XAxis For(IReadOnlyList<SpcPoint> points)
        {
            var n = points.Count;
            var dates = n > 0;
            var numbers = n > 0;
            for (var i = 0; i < n; i++)
            {
                dates &= points[i].Key.IsDate;
                numbers &= points[i].Key.IsNumber;
            }

            var positions = new double[n];
            for (var i = 0; i < n; i++)
            {
                var key = points[i].Key;
                positions[i] = dates ? key.Date!.Value.DayNumber : numbers ? key.Number!.Value : i;
            }

            return new XAxis(points, positions, dates, numbers);
        }

        public void Apply(Plot plot, float width, bool compact)
        {
            var n = _points.Count;
            // Whole-number periods (weeks 1, 2, …) get ticks at points, like labels; other numbers an automatic axis.
            if (n == 0 || (_numbers && !Positions.All(x => x == Math.Floor(x))))
            {
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { TargetTickCount = compact ? 4 : 8 };
                return;
            }

            // Dates and labels: ticks at some of the points, as many as fit without overlapping.
            var format = _dates ? DateFormat() : null;
            var labelWidth = _dates ? (format!.Length > 8 ? 80 : 62) : _numbers ? 40 : 70;
            var fit = Math.Max(2, (int)((width - 80) / (compact ? labelWidth * 0.85 : labelWidth)));
            var step = Math.Max(1, (int)Math.Ceiling(n / (double)fit));
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            for (var i = 0; i < n; i += step)
            {
                var key = _points[i].Key;
                var text = _dates
                    ? key.Date!.Value.ToString(format, CultureInfo.InvariantCulture)
                    : _numbers ? key.ToString() : Shorten(TextSanitizer.SingleLine(key.ToString()), 10);
                ticks.AddMajor(Positions[i], text);
            }

            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.Bottom.MinorTickStyle.Length = 0;
        }

        /// <summary>Months and years for monthly or coarser data, days otherwise.</summary>
        private string DateFormat()
        {
            var n = _points.Count;
            var span = n > 1 ? (Positions[n - 1] - Positions[0]) / (n - 1) : 0;
            return span >= 27 ? "MMM yyyy" : "d MMM yy";
        }
    }
}
