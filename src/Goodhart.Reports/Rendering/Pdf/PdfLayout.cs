namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>A document laid out on pages, ready to be written (and to be inspected by tests).</summary>
/// <param name="Pages">The pages in order.</param>
internal sealed record PdfLayout(IReadOnlyList<PdfPage> Pages);
