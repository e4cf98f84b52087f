using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>Type sizes and colours of the PDF, in one place (they echo the HTML stylesheet).</summary>
internal static class PdfTheme
{
    public static readonly SKColor Ink = SKColor.Parse("#1f2328");
    public static readonly SKColor Muted = SKColor.Parse("#57606a");
    public static readonly SKColor Accent = SKColor.Parse("#3a4a5c");
    public static readonly SKColor Rule = SKColor.Parse("#d0d7de");
    public static readonly SKColor HeaderFill = SKColor.Parse("#eef1f4");
    public static readonly SKColor StripeFill = SKColor.Parse("#f8f9fa");
    public static readonly SKColor QuoteFill = SKColor.Parse("#f6f8fa");
    public static readonly SKColor QuoteInk = SKColor.Parse("#33393f");

    public static readonly TextStyle Title = new(20, Ink, Bold: true, LineSpacing: 1.22f);
    public static readonly TextStyle Subtitle = new(11, Muted, LineSpacing: 1.35f);
    public static readonly TextStyle Heading1 = new(15, Ink, Bold: true, LineSpacing: 1.25f);
    public static readonly TextStyle Heading2 = new(12.5f, Ink, Bold: true, LineSpacing: 1.25f);
    public static readonly TextStyle Heading3 = new(10.5f, Accent, Bold: true, LineSpacing: 1.3f);
    public static readonly TextStyle Body = new(10, Ink, LineSpacing: 1.45f);
    public static readonly TextStyle Lead = new(12, Ink, LineSpacing: 1.4f);
    public static readonly TextStyle Note = new(8.5f, Muted, LineSpacing: 1.4f);
    public static readonly TextStyle Quote = new(10, QuoteInk, Italic: true, LineSpacing: 1.45f);
    public static readonly TextStyle Key = new(10, Ink, Bold: true, LineSpacing: 1.45f);
    public static readonly TextStyle CalloutTitle = new(11, Ink, Bold: true, LineSpacing: 1.35f);
    public static readonly TextStyle Cell = new(9, Ink, LineSpacing: 1.35f);
    public static readonly TextStyle HeaderCell = new(9, Ink, Bold: true, LineSpacing: 1.35f);
    public static readonly TextStyle Caption = new(8.5f, Muted, Italic: true, LineSpacing: 1.4f);
    public static readonly TextStyle Footer = new(8, Muted, LineSpacing: 1.3f);

    /// <summary>A <c>#rrggbb</c> colour from the shared palette as a Skia colour.</summary>
    public static SKColor FromHex(string hex) => SKColor.Parse(hex);
}
