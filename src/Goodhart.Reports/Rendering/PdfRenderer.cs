using Goodhart.Reports.Documents;
using Goodhart.Reports.Rendering.Pdf;
using SkiaSharp;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an A4 PDF with SkiaSharp: DejaVu Sans (with fallback fonts
/// for emoji and other scripts, Arabic and Hebrew shaped with HarfBuzz), wrapped text, tables whose
/// header repeats on each page, tinted callouts, vector charts, and a footer with "Page N of M".
/// </summary>
public static class PdfRenderer
{
    /// <summary>The PDF's Creator entry.</summary>
    public const string Creator = "Goodhart";

    /// <summary>Renders <paramref name="document"/> as a PDF into <paramref name="output"/>.</summary>
    /// <param name="document">The report to render.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <exception cref="InvalidOperationException">The DejaVu Sans font is not installed.</exception>
    public static void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(output));
        }

        var layout = PdfLayoutEngine.Layout(document);
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = TextSanitizer.SingleLine(document.Title);
        metadata.Creator = Creator;
        metadata.Producer = Creator + " (SkiaSharp)";
        PdfPageWriter.Write(layout, output, metadata);
    }

    /// <summary>Renders <paramref name="document"/> as a PDF and returns its bytes.</summary>
    /// <param name="document">The report to render.</param>
    /// <returns>The PDF file.</returns>
    /// <exception cref="InvalidOperationException">The DejaVu Sans font is not installed.</exception>
    public static byte[] Render(ReportDocument document)
    {
        using var buffer = new MemoryStream();
        Render(document, buffer);
        return buffer.ToArray();
    }
}
