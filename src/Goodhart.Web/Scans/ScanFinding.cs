namespace Goodhart.Web.Scans;

/// <summary>One finding as the findings page shows it, read back from the scan's JSON report.</summary>
/// <param name="Code">The detector's code, e.g. <c>rushing</c>.</param>
/// <param name="Title">The finding's title.</param>
/// <param name="Severity">clear, watch, alert or not-enough-data.</param>
/// <param name="Sentence">The finding in one sentence, in the data's units.</param>
/// <param name="Effect">The effect's name and value in words, or <c>null</c> when the test could not run.</param>
/// <param name="Interval">The effect's 95% interval in words, or "–".</param>
/// <param name="PracticalMinimum">The smallest effect worth an alert, in words, or "–".</param>
/// <param name="AdjustedP">The adjusted p-value in words.</param>
/// <param name="Caveats">What the finding cannot tell.</param>
public sealed record ScanFinding(
    string Code,
    string Title,
    string Severity,
    string Sentence,
    string? Effect,
    string Interval,
    string PracticalMinimum,
    string AdjustedP,
    IReadOnlyList<string> Caveats);
