using System.Runtime.CompilerServices;
using Goodhart.Data.Tables;
using Goodhart.Input;
using Goodhart.Spc.Funnel;

namespace Goodhart.Data.Spc.Funnel;

/// <summary>
/// Reads the units to compare on a funnel plot out of a CSV or XLSX file: one row per unit with its events and
/// its denominator.
/// </summary>
/// <remarks>
/// Numbers follow the rules of <see cref="SeriesReader"/>, except that a unit's value or denominator may not be
/// missing: a funnel plot has no time axis for a gap to keep its place on, so a missing number is a problem.
/// A unit name must be present and appear once; a denominator must be above 0; a numerator must not be
/// negative, nor, for proportions, exceed its denominator. Units keep the file's order.
/// </remarks>
public static class UnitTableReader
{
    /// <summary>Reads the units in a file.</summary>
    /// <param name="path">A .csv, .tsv, .txt or .xlsx file.</param>
    /// <param name="columns">Which columns hold what.</param>
    /// <param name="requireProportion">Whether a numerator above its denominator is a problem (proportions).</param>
    /// <param name="sheet">For a workbook, the sheet to read; <c>null</c> for the first.</param>
    /// <returns>The units, or every problem found.</returns>
    public static Loaded<IReadOnlyList<FunnelUnit>> Read(string path, UnitColumns columns, bool requireProportion = false, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(columns);
        var opened = TableReader.Open(path, sheet);
        if (opened.Value is not { } table)
        {
            return Loaded<IReadOnlyList<FunnelUnit>>.Failed(opened.Problems);
        }

        using (table)
        {
            return Read(table, columns, requireProportion);
        }
    }

    /// <summary>Reads the units from a table already open, from its current position to its end.</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">Which columns hold what.</param>
    /// <param name="requireProportion">Whether a numerator above its denominator is a problem (proportions).</param>
    /// <returns>The units, or every problem found.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Loaded<IReadOnlyList<FunnelUnit>> Read(TableReader table, UnitColumns columns, bool requireProportion = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var problems = new ProblemLog(table.Source);
        var uColumn = ColumnResolver.Resolve(table.Columns, columns.Unit, "unit", problems);
        var yColumn = ColumnResolver.Resolve(table.Columns, columns.Y, "y", problems);
        var nColumn = ColumnResolver.Resolve(table.Columns, columns.N, "n", problems);
        if (problems.Count > 0)
        {
            return Loaded<IReadOnlyList<FunnelUnit>>.Failed(problems.ToList());
        }

        var (uName, yName, nName) = (table.Columns[uColumn], table.Columns[yColumn], table.Columns[nColumn]);
        var units = new List<FunnelUnit>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = rowOf.GetAlternateLookup<ReadOnlySpan<char>>();
        while (table.Read())
        {
            var row = table.RowNumber;
            var before = problems.Count;
            var name = table.GetCell(uColumn).Text;
            string? unit = null;
            if (name.IsEmpty)
            {
                problems.Add(row, uName, "the unit name is empty; every row needs one");
            }
            else if (lookup.TryGetValue(name, out var first))
            {
                problems.Add(row, uName, $"unit {CellNumber.Shown(name)} appears twice: rows {first} and {row}; give each unit one row");
            }
            else
            {
                unit = name.ToString();
                rowOf.Add(unit, row);
            }

            var y = Required(table.GetCell(yColumn), row, yName, "value", problems);
            var n = Required(table.GetCell(nColumn), row, nName, "denominator", problems);
            if (n <= 0)
            {
                problems.Add(row, nName, $"the denominator is {CellNumber.Format(n.Value)}; a denominator must be above 0");
            }

            if (y < 0)
            {
                problems.Add(row, yName, $"the numerator is {CellNumber.Format(y.Value)}; a count over a denominator cannot be negative");
            }
            else if (requireProportion && y > n && n > 0)
            {
                problems.Add(row, yName, $"the numerator {CellNumber.Format(y.Value)} exceeds its denominator {CellNumber.Format(n.Value)}; the numerator cannot exceed the denominator for a proportion; use a ratio (U) funnel for rates");
            }

            if (problems.Count == before)
            {
                units.Add(new FunnelUnit(unit!, y!.Value, n!.Value));
            }
        }

        if (table.Problem is not null)
        {
            problems.Add(table.Problem);
        }

        if (problems.Count == 0 && units.Count == 0)
        {
            problems.Add(0, string.Empty, "the file has a header but no data rows");
        }

        return problems.Count > 0
            ? Loaded<IReadOnlyList<FunnelUnit>>.Failed(problems.ToList())
            : Loaded<IReadOnlyList<FunnelUnit>>.Ok(units.ToArray());
    }

    private static double? Required(TableCell cell, int row, string column, string what, ProblemLog problems)
    {
        var error = CellNumber.TryRead(cell, out var value);
        if (error is not null)
        {
            problems.Add(row, column, error);
        }
        else if (value is null)
        {
            problems.Add(row, column, $"the {what} is missing; every unit on a funnel plot needs one");
        }

        return value;
    }
}
