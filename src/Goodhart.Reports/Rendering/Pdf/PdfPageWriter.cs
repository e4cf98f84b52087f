using System.Text;
using Goodhart.Reports.Charts;
using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>Draws laid-out pages into a PDF with SkiaSharp.</summary>
internal static class PdfPageWriter
{
    /// <summary>Writes every page of <paramref name="layout"/> to <paramref name="output"/> as one PDF.</summary>
    public static void Write(PdfLayout layout, Stream output, SKDocumentPdfMetadata metadata)
    {
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        foreach (var page in layout.Pages)
        {
            var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
            Draw(page, canvas);
            document.EndPage();
        }

        document.Close();
    }

    private static void Draw(PdfPage page, SKCanvas canvas)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case BoxElement box:
                    fill.Color = box.Fill;
                    canvas.DrawRect(box.Rect, fill);
                    break;
                case RuleElement rule:
                    stroke.Color = rule.Color;
                    stroke.StrokeWidth = rule.Width;
                    canvas.DrawLine(rule.From, rule.To, stroke);
                    break;
                case TextElement text:
                    DrawText(canvas, text, fill);
                    break;
                case ChartElement chart:
                    canvas.Save();
                    canvas.Translate(chart.Rect.Left, chart.Rect.Top);
                    canvas.Scale(chart.Scale);
                    ChartRenderer.Draw(chart.Chart, canvas, new SKRect(0, 0, chart.Rect.Width / chart.Scale, chart.Rect.Height / chart.Scale));
                    canvas.Restore();
                    break;
            }
        }
    }

    private static void DrawText(SKCanvas canvas, TextElement text, SKPaint paint)
    {
        paint.Color = text.Style.Color;
        foreach (var span in text.Line.Spans)
        {
            if (span.Glyphs.Length == 0)
            {
                continue;
            }

            using var font = new SKFont(span.Typeface, text.Style.Size) { Subpixel = true, LinearMetrics = true };
            var colourFont = span.Typeface.FamilyName.Contains("Emoji", StringComparison.OrdinalIgnoreCase);
            // A fallback font may lack the bold or oblique face: imitate it rather than lose the emphasis.
            if (!colourFont && text.Style.Bold && span.Typeface.FontWeight < (int)SKFontStyleWeight.SemiBold)
            {
                font.Embolden = true;
            }

            if (!colourFont && text.Style.Italic && span.Typeface.FontSlant == SKFontStyleSlant.Upright)
            {
                font.SkewX = -0.2f;
            }

            var bytes = Encoding.UTF8.GetBytes(span.Text);
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocatePositionedTextRun(font, span.Glyphs.Length, bytes.Length, null);
            span.Glyphs.CopyTo(run.Glyphs);
            var positions = run.Positions;
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = new SKPoint(span.Positions[i].X + span.X, span.Positions[i].Y);
            }

            bytes.CopyTo(run.Text);
            span.Clusters.CopyTo(run.Clusters);
            using var blob = builder.Build();
            if (blob is not null)
            {
                canvas.DrawText(blob, text.X, text.Baseline, paint);
            }
        }
    }
}
