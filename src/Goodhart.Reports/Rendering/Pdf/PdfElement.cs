using Goodhart.Reports.Charts;
using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>Something drawn on a PDF page at a fixed position (points, origin top left).</summary>
internal abstract record PdfElement
{
    /// <summary>The same element moved down by <paramref name="dy"/>.</summary>
    public abstract PdfElement Shift(float dy);
}

/// <summary>A line of text; <see cref="X"/> is its left edge and <see cref="Baseline"/> its baseline.</summary>
internal sealed record TextElement(TextLine Line, TextStyle Style, float X, float Baseline, float Ascent, float Descent) : PdfElement
{
    /// <summary>Left edge of the ink box.</summary>
    public float Left => X;

    /// <summary>Right edge: the end of the last glyph's advance.</summary>
    public float Right => X + Line.Width;

    /// <summary>Top of the font's ascent.</summary>
    public float Top => Baseline - Ascent;

    /// <summary>Bottom of the font's descent.</summary>
    public float Bottom => Baseline + Descent;

    /// <inheritdoc />
    public override PdfElement Shift(float dy) => this with { Baseline = Baseline + dy };
}

/// <summary>A filled rectangle (table header, zebra stripe, callout tint, quote bar).</summary>
internal sealed record BoxElement(SKRect Rect, SKColor Fill) : PdfElement
{
    /// <inheritdoc />
    public override PdfElement Shift(float dy) => this with { Rect = new SKRect(Rect.Left, Rect.Top + dy, Rect.Right, Rect.Bottom + dy) };
}

/// <summary>A straight line.</summary>
internal sealed record RuleElement(SKPoint From, SKPoint To, SKColor Color, float Width) : PdfElement
{
    /// <inheritdoc />
    public override PdfElement Shift(float dy) => this with { From = new SKPoint(From.X, From.Y + dy), To = new SKPoint(To.X, To.Y + dy) };
}

/// <summary>A chart drawn as vectors into <see cref="Rect"/>, scaled by <see cref="Scale"/> (chart pixels to points).</summary>
internal sealed record ChartElement(ChartSpec Chart, SKRect Rect, float Scale) : PdfElement
{
    /// <inheritdoc />
    public override PdfElement Shift(float dy) => this with { Rect = new SKRect(Rect.Left, Rect.Top + dy, Rect.Right, Rect.Bottom + dy) };
}
