namespace Goodhart.Reports;

/// <summary>A file format a report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>PDF for printing and meeting papers.</summary>
    Pdf,

    /// <summary>A self-contained HTML page.</summary>
    Html,

    /// <summary>Markdown, for wikis and pull requests.</summary>
    Markdown,

    /// <summary>JSON for other tools.</summary>
    Json,
}
