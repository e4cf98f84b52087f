using System.Text;
using Goodhart.Reports.Rendering;

namespace Goodhart.Reports.Scan;

/// <summary>Writes a gaming-scan report in one format.</summary>
public static class ScanReportWriter
{
    /// <summary>Renders the report in one format to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Render(ScanReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Pdf)
        {
            PdfRenderer.Render(ScanDocument.Build(report), output);
            return;
        }

        var text = format switch
        {
            ReportFormat.Html => HtmlRenderer.Render(ScanDocument.Build(report)),
            ReportFormat.Markdown => MarkdownRenderer.Render(ScanDocument.Build(report)),
            _ => ScanJson.Write(report),
        };
        output.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>Writes the report to a file, through a temporary file so a failed write leaves no half report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="path">The file.</param>
    public static void Write(ScanReport report, ReportFormat format, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".partial";
        using (var stream = File.Create(temp))
        {
            Render(report, format, stream);
        }

        File.Move(temp, path, overwrite: true);
    }
}
