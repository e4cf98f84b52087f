using System.Runtime.CompilerServices;
using Goodhart.Data.Tables;
using Goodhart.Input;
using Goodhart.Spc;

namespace Goodhart.Data.Spc;

/// <summary>
/// Reads measure series for SPC charts out of a CSV or XLSX file: one row per period, optionally several series
/// in one file told apart by a series column.
/// </summary>
/// <remarks>
/// <para>Columns are found by exact name, else by the one name equal ignoring case.</para>
/// <para>
/// Values and denominators are invariant-culture numbers. An empty cell, <c>NA</c>, <c>N/A</c>, <c>NaN</c>,
/// <c>null</c> or <c>-</c> is a missing value, which keeps its place in time; a missing denominator makes a
/// missing point too. A denominator must be above 0; with a denominator column a value must not be negative;
/// with <see cref="SeriesReadOptions.RequireProportion"/> it must not exceed its denominator.
/// </para>
/// <para>
/// The first non-empty period decides what the periods are: dates (<c>yyyy-MM-dd</c>, <c>yyyy-MM</c> for the
/// first of the month, <c>yyyy/MM/dd</c>, <c>yyyy-MM-ddTHH:mm[:ss]</c>, XLSX date cells, or the date format
/// given), numbers, or else labels kept in file order. Every later period must be of the same kind. Periods must
/// not repeat within a series, and dates and numbers must increase down the file: the reader never sorts.
/// Without an x column a series' periods are 1, 2, …, n in file order.
/// </para>
/// <para>
/// Series come in the order of their first row. Without a series column there is one series, named after the
/// file without its extension (so a chart title says where it came from).
/// </para>
/// <para>Every problem is reported, each with its row and column, up to 20 and then a count of the rest.</para>
/// </remarks>
public static class SeriesReader
{
    /// <summary>Reads the series in a file.</summary>
    /// <param name="path">A .csv, .tsv, .txt or .xlsx file.</param>
    /// <param name="columns">Which columns hold what.</param>
    /// <param name="options">The date format, proportion check and sheet; <c>null</c> for the defaults.</param>
    /// <returns>The series, or every problem found.</returns>
    public static Loaded<IReadOnlyList<SpcSeries>> Read(string path, SeriesColumns columns, SeriesReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(columns);
        options ??= SeriesReadOptions.Default;
        var opened = TableReader.Open(path, options.Sheet);
        if (opened.Value is not { } table)
        {
            return Loaded<IReadOnlyList<SpcSeries>>.Failed(opened.Problems);
        }

        using (table)
        {
            return Read(table, columns, options, Path.GetFileNameWithoutExtension(path));
        }
    }

    /// <summary>Reads the series from a table already open, from its current position to its end.</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">Which columns hold what.</param>
    /// <param name="options">The date format, proportion check; <c>null</c> for the defaults (the sheet is ignored).</param>
    /// <param name="name">The name of the series when there is no series column.</param>
    /// <returns>The series, or every problem found.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Loaded<IReadOnlyList<SpcSeries>> Read(TableReader table, SeriesColumns columns, SeriesReadOptions? options, string name)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(name);
        options ??= SeriesReadOptions.Default;
        var problems = new ProblemLog(table.Source);

        var yColumn = ColumnResolver.Resolve(table.Columns, columns.Y, "y", problems);
        var xColumn = columns.X is null ? -1 : ColumnResolver.Resolve(table.Columns, columns.X, "x", problems);
        var nColumn = columns.N is null ? -1 : ColumnResolver.Resolve(table.Columns, columns.N, "n", problems);
        var sColumn = columns.Series is null ? -1 : ColumnResolver.Resolve(table.Columns, columns.Series, "series", problems);
        if (options.RequireProportion && columns.N is null)
        {
            problems.Add(0, string.Empty, "proportions (P and P′ charts) need a denominator column: name the n column");
        }

        if (problems.Count > 0)
        {
            return Loaded<IReadOnlyList<SpcSeries>>.Failed(problems.ToList());
        }

        var yName = table.Columns[yColumn];
        var xName = xColumn >= 0 ? table.Columns[xColumn] : string.Empty;
        var nName = nColumn >= 0 ? table.Columns[nColumn] : string.Empty;
        var sName = sColumn >= 0 ? table.Columns[sColumn] : string.Empty;
        var hasN = nColumn >= 0;

        var periods = new PeriodParser(options.DateFormat);
        var all = new List<SeriesBuilder>();
        var byName = new Dictionary<string, SeriesBuilder>(StringComparer.Ordinal);
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        SeriesBuilder? current = null;
        var rows = 0;

        while (table.Read())
        {
            rows++;
            var row = table.RowNumber;

            // The series this row belongs to; consecutive rows of one series skip the lookup.
            if (sColumn >= 0)
            {
                var label = table.GetCell(sColumn).Text;
                if (label.IsEmpty)
                {
                    problems.Add(row, sName, "the series name is empty; every row needs one");
                    continue;
                }

                if (current is null || !label.SequenceEqual(current.Name))
                {
                    if (!lookup.TryGetValue(label, out current))
                    {
                        current = new SeriesBuilder(label.ToString(), hasN);
                        byName.Add(current.Name, current);
                        all.Add(current);
                    }
                }
            }
            else if (current is null)
            {
                current = new SeriesBuilder(string.Empty, hasN);
                all.Add(current);
            }

            var problemsBefore = problems.Count;
            var y = ReadNumber(table.GetCell(yColumn), row, yName, problems);
            double? n = null;
            if (hasN)
            {
                n = ReadNumber(table.GetCell(nColumn), row, nName, problems);
                if (n <= 0)
                {
                    problems.Add(row, nName, $"the denominator is {CellNumber.Format(n.Value)}; a denominator must be above 0");
                }

                if (y < 0)
                {
                    problems.Add(row, yName, $"the numerator is {CellNumber.Format(y.Value)}; a count over a denominator cannot be negative");
                }
                else if (options.RequireProportion && y > n && n > 0)
                {
                    problems.Add(row, yName, $"the numerator {CellNumber.Format(y.Value)} exceeds its denominator {CellNumber.Format(n.Value)}; the numerator cannot exceed the denominator on a P chart; use a U chart for rates");
                }
            }

            SpcKey key;
            if (xColumn >= 0)
            {
                var error = periods.TryRead(table.GetCell(xColumn), row, out key);
                if (error is not null)
                {
                    problems.Add(row, xName, error);
                    continue;
                }

                var order = current.Check(key, periods.Kind is PeriodKind.Date or PeriodKind.Number);
                if (order is not null)
                {
                    problems.Add(row, xName, order);
                }
            }
            else
            {
                key = SpcKey.Of(current.Count + 1);
            }

            current.Add(key, row, problems.Count == problemsBefore ? y : null, n);
        }

        if (table.Problem is not null)
        {
            problems.Add(table.Problem);
        }

        if (problems.Count > 0)
        {
            return Loaded<IReadOnlyList<SpcSeries>>.Failed(problems.ToList());
        }

        if (rows == 0)
        {
            problems.Add(0, string.Empty, "the file has a header but no data rows");
        }

        foreach (var series in all.Where(s => !s.HasValues))
        {
            problems.Add(series.FirstRow, sName.Length > 0 ? sName : yName, $"{series.Describe()} has no values: every {(hasN ? "value or denominator" : "value")} is missing");
        }

        return problems.Count > 0
            ? Loaded<IReadOnlyList<SpcSeries>>.Failed(problems.ToList())
            : Loaded<IReadOnlyList<SpcSeries>>.Ok(all.Select(s => s.Build(sColumn >= 0 ? s.Name : name)).ToArray());
    }

    private static double? ReadNumber(TableCell cell, int row, string column, ProblemLog problems)
    {
        var error = CellNumber.TryRead(cell, out var value);
        if (error is not null)
        {
            problems.Add(row, column, error);
        }

        return value;
    }
}
