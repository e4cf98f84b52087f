namespace Goodhart.Reports;

/// <summary>Names and file extensions of <see cref="ReportFormat"/>s.</summary>
public static class ReportFormats
{
    /// <summary>Every format, in the order files are written.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json];

    /// <summary>The names accepted on the command line, e.g. in <c>--format pdf,html</c>.</summary>
    public const string Accepted = "pdf, html, md, json";

    /// <summary>The file extension, with its dot.</summary>
    /// <param name="format">The format.</param>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => ".pdf",
        ReportFormat.Html => ".html",
        ReportFormat.Markdown => ".md",
        _ => ".json",
    };

    /// <summary>Parses one name (<c>pdf</c>, <c>html</c>, <c>md</c> or <c>markdown</c>, <c>json</c>), ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when recognised.</param>
    public static bool TryParse(string name, out ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.Trim().ToLowerInvariant())
        {
            case "pdf":
                format = ReportFormat.Pdf;
                return true;
            case "html" or "htm":
                format = ReportFormat.Html;
                return true;
            case "md" or "markdown":
                format = ReportFormat.Markdown;
                return true;
            case "json":
                format = ReportFormat.Json;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
