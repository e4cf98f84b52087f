using System.Text;
using Goodhart.Reports.Rendering;

namespace Goodhart.Reports.StressTest;

/// <summary>Writes a stress-test report to files, one per format, named after the measure and the date.</summary>
public static class StressTestReportWriter
{
    /// <summary>Renders the report in one format to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Render(StressTestReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Pdf)
        {
            PdfRenderer.Render(StressTestDocument.Build(report), output);
            return;
        }

        var text = format switch
        {
            ReportFormat.Html => HtmlRenderer.Render(StressTestDocument.Build(report)),
            ReportFormat.Markdown => MarkdownRenderer.Render(StressTestDocument.Build(report)),
            _ => StressTestJson.Write(report),
        };
        output.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>Writes one file per format into a folder (created if missing) and returns their paths.</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="formats">The formats to write.</param>
    public static IReadOnlyList<string> Write(StressTestReport report, string directory, IReadOnlyList<ReportFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(formats);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var format in formats.Distinct())
        {
            var path = Path.Combine(directory, report.FileStem + ReportFormats.Extension(format));
            var temp = path + ".partial";
            using (var stream = File.Create(temp))
            {
                Render(report, format, stream);
            }

            File.Move(temp, path, overwrite: true);
            paths.Add(path);
        }

        return paths;
    }
}
