namespace Goodhart.Reports.Documents;

/// <summary>
/// A report as an ordered list of blocks, independent of the format it is written in. Every face
/// (HTML, Markdown, PDF) renders the same document, so the formats cannot drift apart.
/// </summary>
/// <param name="Title">The document title, shown once at the top.</param>
/// <param name="Subtitle">A line under the title (measure, date), or <c>null</c>.</param>
/// <param name="Blocks">The body, in reading order.</param>
/// <param name="Footer">A short line printed at the foot of every page (PDF) or the end (HTML, Markdown).</param>
public sealed record ReportDocument(string Title, string? Subtitle, IReadOnlyList<Block> Blocks, string Footer);
