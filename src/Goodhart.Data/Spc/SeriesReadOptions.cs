namespace Goodhart.Data.Spc;

/// <summary>How to read a series file.</summary>
/// <param name="DateFormat">
/// A .NET date format for the x column (e.g. <c>dd/MM/yyyy</c>, <c>MMM-yy</c>), read with the invariant
/// culture; every x must then be a date in it. <c>null</c> decides by the values (see <see cref="SeriesReader"/>).
/// </param>
/// <param name="RequireProportion">
/// Whether the values are proportions (P and P′ charts): a numerator above its denominator is then a problem.
/// </param>
/// <param name="Sheet">For a workbook, the sheet to read; <c>null</c> for the first.</param>
public sealed record SeriesReadOptions(string? DateFormat = null, bool RequireProportion = false, string? Sheet = null)
{
    /// <summary>Values decide the x kind; no proportion check; the first sheet.</summary>
    public static SeriesReadOptions Default { get; } = new();
}
