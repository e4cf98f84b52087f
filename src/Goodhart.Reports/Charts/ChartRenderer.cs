using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Reports.Rendering;
using Goodhart.Reports.Spc;
using ScottPlot;
using SkiaSharp;

namespace Goodhart.Reports.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with ScottPlot: as an SVG fragment for HTML pages, or as vectors onto
/// a SkiaSharp canvas (a PDF page). Both paths build the same plot, so the formats look alike.
/// </summary>
public static partial class ChartRenderer
{
    /// <summary>The font family every chart is set in (the PDF body font, so charts match the text).</summary>
    public const string FontFamily = "DejaVu Sans";

    // Shared, never disposed: Skia may hand the same typeface to ScottPlot's own font cache.
    private static readonly Lazy<SKTypeface> LabelTypeface = new(() => SKTypeface.FromFamilyName(FontFamily) ?? SKTypeface.Default);

    static ChartRenderer()
    {
        // ScottPlot resolves label fonts by name when a plot is created; set it once, before any plot.
        Fonts.Default = FontFamily;
    }

    /// <summary>
    /// A height (in pixels or points) that suits <paramref name="spec"/> at a width of about 600–800: for a
    /// profile about 34 units per bar plus the axis and the band names; for an SPC chart room for its caption.
    /// </summary>
    /// <param name="spec">The chart to size.</param>
    /// <returns>The suggested height.</returns>
    public static int PreferredHeight(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            ProfileChartSpec profile => 70 + (34 * Math.Max(1, profile.Bars.Count)),
            FunnelChartSpec => 460,
            SpcChartSpec spc => spc.ShowCaption ? 450 : 340,
            FindingChartSpec => 340,
            _ => throw Unsupported(spec),
        };
    }

    /// <summary>
    /// Renders <paramref name="spec"/> as an SVG element ready to be placed inline in an HTML page: no
    /// XML declaration, a <c>viewBox</c> so it scales with its container, text escaped, and every
    /// element id prefixed with <paramref name="idPrefix"/> so several charts can share one page.
    /// </summary>
    /// <param name="spec">What to draw.</param>
    /// <param name="width">Width in CSS pixels.</param>
    /// <param name="height">Height in CSS pixels.</param>
    /// <param name="idPrefix">A prefix, unique within the page, for the SVG's internal ids (letters, digits, <c>-</c>).</param>
    /// <returns>The <c>&lt;svg&gt;</c> element as a string.</returns>
    public static string ToSvg(ChartSpec spec, int width, int height, string idPrefix = "chart")
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 50);
        ArgumentException.ThrowIfNullOrEmpty(idPrefix);
        if (!SafeId().IsMatch(idPrefix))
        {
            throw new ArgumentException("The id prefix may hold only ASCII letters, digits and '-'.", nameof(idPrefix));
        }

        using var plot = Build(spec, width, height);
        var svg = plot.GetSvgXml(width, height);
        return SvgMarkup.MakeInline(svg, width, height, idPrefix);
    }

    /// <summary>
    /// Draws <paramref name="spec"/> as vectors onto <paramref name="canvas"/> inside
    /// <paramref name="rect"/> (canvas units: points on a PDF page). Nothing is drawn outside the rectangle.
    /// </summary>
    /// <param name="spec">What to draw.</param>
    /// <param name="canvas">The target canvas.</param>
    /// <param name="rect">Where to draw.</param>
    public static void Draw(ChartSpec spec, SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(canvas);
        using var plot = Build(spec, rect.Width, rect.Height);
        canvas.Save();
        try
        {
            canvas.ClipRect(rect);
            canvas.Translate(rect.Left, rect.Top);
            plot.Render(canvas, (int)Math.Round(rect.Width), (int)Math.Round(rect.Height));
        }
        finally
        {
            canvas.Restore();
        }
    }

    /// <summary>
    /// Renders <paramref name="spec"/> as a PNG image of <paramref name="width"/> × <paramref name="height"/>
    /// pixels on a white background.
    /// </summary>
    /// <param name="spec">What to draw.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>The PNG file's bytes.</returns>
    public static byte[] ToPng(ChartSpec spec, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 50);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.White);
        Draw(spec, surface.Canvas, new SKRect(0, 0, width, height));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static Plot Build(ChartSpec spec, float width, float height) => spec switch
    {
        ProfileChartSpec profile => BuildProfile(profile, width),
        FunnelChartSpec funnel => BuildFunnel(funnel),
        SpcChartSpec spc => BuildSpc(spc, width, height),
        FindingChartSpec finding => BuildFinding(finding),
        _ => throw Unsupported(spec),
    };

    private static NotSupportedException Unsupported(ChartSpec spec) =>
        new($"No renderer for chart type {spec.GetType().Name}.");

    private static Plot BuildProfile(ProfileChartSpec spec, float width)
    {
        var plot = new Plot();
        var ink = Color.FromHex("#1f2328");
        var muted = Color.FromHex("#57606a");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        var count = spec.Bars.Count;
        var top = count - 0.4;
        const double BandLabelStrip = 0.75;

        foreach (var band in spec.Bands)
        {
            var from = Clamp(band.From);
            var to = Clamp(band.To);
            if (to <= from)
            {
                continue;
            }

            var span = plot.Add.HorizontalSpan(from, to, Color.FromHex(TonePalette.Tint(band.Tone)));
            span.LineWidth = 0;
            span.EnableAutoscale = false;
            var name = plot.Add.Text(Shorten(TextSanitizer.SingleLine(band.Label), 24), (from + to) / 2, top + (BandLabelStrip / 2));
            name.Alignment = Alignment.MiddleCenter;
            name.LabelStyle.FontSize = 10;
            name.LabelStyle.ForeColor = Color.FromHex(TonePalette.Strong(band.Tone)).Darken(0.35);
        }

        var bars = new List<Bar>(count);
        var positions = new double[count];
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            var bar = spec.Bars[i];
            double position = count - 1 - i;
            positions[i] = position;
            labels[i] = TwoLines(TextSanitizer.SingleLine(bar.Label), 30);
            var value = Clamp(bar.Value);
            bars.Add(new Bar
            {
                Position = position,
                Value = value,
                ValueBase = 0,
                Size = 0.56,
                FillColor = Color.FromHex(TonePalette.Strong(bar.Tone)),
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        for (var i = 0; i < count; i++)
        {
            var bar = spec.Bars[i];
            var position = positions[i];
            var value = Clamp(bar.Value);
            var end = value;
            if (bar.Low is double low && bar.High is double high)
            {
                var lo = Clamp(Math.Min(low, high));
                var hi = Clamp(Math.Max(low, high));
                AddSegment(plot, lo, position, hi, position, ink, 1.6f);
                AddSegment(plot, lo, position - 0.17, lo, position + 0.17, ink, 1.6f);
                AddSegment(plot, hi, position - 0.17, hi, position + 0.17, ink, 1.6f);
                end = Math.Max(end, hi);
            }

            var label = plot.Add.Text(value.ToString("0", CultureInfo.InvariantCulture), end + 1.5, position);
            label.Alignment = Alignment.MiddleLeft;
            label.LabelStyle.FontSize = 11;
            label.LabelStyle.Bold = true;
            label.LabelStyle.ForeColor = ink;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.ForeColor = ink;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var x = 0; x <= 100; x += 20)
        {
            ticks.AddMajor(x, x.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = muted;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;

        // Room right of 100 for a value label at the end of a full bar; the axis itself stops at 100.
        plot.Axes.SetLimits(0, RightLimit(labels, width), -0.6, top + BandLabelStrip);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = Colors.Black.WithAlpha(0.08);
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
        return plot;
    }

    /// <summary>
    /// The x-axis maximum that leaves about 36 units (pixels or points) right of 100 for the value label
    /// of a full bar, given the plot width and the width the left-hand labels will take.
    /// </summary>
    private static double RightLimit(IReadOnlyList<string> labels, float width)
    {
        using var font = new SKFont(LabelTypeface.Value, 11);
        var labelWidth = labels.Count == 0 ? 0 : labels.Max(l => font.MeasureText(l));
        var dataWidth = Math.Max(60, width - labelWidth - 30);
        const double Room = 36;
        return 100 * dataWidth / Math.Max(dataWidth - Room, dataWidth / 2);
    }

    private static void AddSegment(Plot plot, double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }

    private static double Clamp(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 100);

    /// <summary>A long label on two lines, broken at the space nearest its middle, each line shortened to fit.</summary>
    private static string TwoLines(string text, int perLine)
    {
        if (text.Length <= perLine)
        {
            return text;
        }

        var middle = text.Length / 2;
        var breaks = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
        if (breaks.Count == 0)
        {
            return Shorten(text, perLine);
        }

        var at = breaks.MinBy(i => Math.Abs(i - middle));
        return Shorten(text[..at], perLine) + "\n" + Shorten(text[(at + 1)..], perLine);
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex SafeId();
}
