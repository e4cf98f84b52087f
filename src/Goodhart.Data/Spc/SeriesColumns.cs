namespace Goodhart.Data.Spc;

/// <summary>The columns of a series file that hold what an SPC chart needs (the CLI's <c>--x --y --n --series</c>).</summary>
/// <param name="Y">The values, or the numerators when there is an <paramref name="N"/> column.</param>
/// <param name="X">The periods (dates, numbers or labels); <c>null</c> numbers the rows 1, 2, … within each series.</param>
/// <param name="N">The denominators, for P, P′, U and U′ charts; <c>null</c> for none.</param>
/// <param name="Series">The column naming the series, when one file holds several; <c>null</c> for one series.</param>
public sealed record SeriesColumns(string Y, string? X = null, string? N = null, string? Series = null);
