using Goodhart.Scan;

namespace Goodhart.Reports.Scan;

/// <summary>Everything a gaming-scan report shows: the result, where the data came from and how it was read.</summary>
/// <param name="Result">The scan's result.</param>
/// <param name="Source">The data source as the user named it (a file name, or a database table).</param>
/// <param name="Mapping">How the columns were read and the target, in the order shown.</param>
/// <param name="Date">The date of the report.</param>
public sealed record ScanReport(ScanResult Result, string Source, IReadOnlyList<ScanSetting> Mapping, DateOnly Date);
