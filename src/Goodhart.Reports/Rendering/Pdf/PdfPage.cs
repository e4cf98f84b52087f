namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>One laid-out page: everything on it, footer included, in drawing order.</summary>
/// <param name="Elements">Absolute positions in points, origin top left.</param>
internal sealed record PdfPage(IReadOnlyList<PdfElement> Elements)
{
    /// <summary>The text lines on the page.</summary>
    public IEnumerable<TextElement> Lines => Elements.OfType<TextElement>();
}
