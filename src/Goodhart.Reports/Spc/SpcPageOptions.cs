namespace Goodhart.Reports.Spc;

/// <summary>What the header of an SPC page says besides the series themselves.</summary>
/// <param name="Title">The page title, or <c>null</c> for "Process behaviour charts".</param>
/// <param name="SourceFile">The input file's name as the user gave it, or <c>null</c>.</param>
/// <param name="GeneratedBy">The tool and version that made the page, e.g. <c>goodhart spc 1.2.0</c>.</param>
/// <param name="GeneratedAt">When the page was made (the caller's clock), or <c>null</c> to leave it out.</param>
/// <param name="Format">How values are written in the table and on the axes.</param>
public sealed record SpcPageOptions(
    string? Title = null,
    string? SourceFile = null,
    string GeneratedBy = "goodhart spc",
    DateTimeOffset? GeneratedAt = null,
    SpcValueFormat Format = SpcValueFormat.Auto);
