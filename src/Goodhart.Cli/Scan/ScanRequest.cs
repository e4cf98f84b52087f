using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Findings;
using Goodhart.Reports;
using Goodhart.Reports.Scan;

namespace Goodhart.Cli.Scan;

/// <summary>The options of <c>goodhart scan</c>, checked and turned into a mapping before any data is read.</summary>
internal sealed record ScanRequest(CaseMapping Mapping, IReadOnlyList<(string Path, ReportFormat Format)> Outputs, Severity? FailOn)
{
    public static Severity? ParseFailOn(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "alert" => Severity.Alert,
        "watch" => Severity.Watch,
        _ => throw new InputException($"--fail-on: '{text}' is not a level; use alert (exit 1 on any alert) or watch (on any watch or alert)."),
    };

    public static (string Path, ReportFormat Format) ParseOutput(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => (path, ReportFormat.Html),
            ".pdf" => (path, ReportFormat.Pdf),
            ".json" => (path, ReportFormat.Json),
            ".md" or ".markdown" => (path, ReportFormat.Markdown),
            _ => throw new InputException($"--out: '{path}' does not name a report format; end the file name in .html, .pdf, .json or .md."),
        };
    }

    /// <summary>Whether the scan reached the <c>--fail-on</c> level.</summary>
    public bool Fails(IReadOnlyList<Finding> findings) => FailOn switch
    {
        Severity.Alert => findings.Any(f => f.Severity == Severity.Alert),
        Severity.Watch => findings.Any(f => f.Severity is Severity.Alert or Severity.Watch),
        _ => false,
    };

    /// <summary>The mapping as the report shows it, only what was given.</summary>
    public IReadOnlyList<ScanSetting> Settings() =>
        [.. ScanMappingText.Describe(Mapping).Select(s => new ScanSetting(s.Key, s.Label, s.Value))];
}
