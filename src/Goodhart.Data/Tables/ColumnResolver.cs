namespace Goodhart.Data.Tables;

/// <summary>Finds a user's column by name: the exact name, else the one column equal to it ignoring case.</summary>
internal static class ColumnResolver
{
    /// <returns>The column index, or -1 after logging why the name does not pick one column.</returns>
    public static int Resolve(IReadOnlyList<string> columns, string name, string role, ProblemLog problems)
    {
        var exact = Matches(columns, name, StringComparison.Ordinal);
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var listed = string.Join(", ", columns.Select(c => c.Length == 0 ? "(unnamed)" : c));
        if (exact.Count > 1)
        {
            problems.Add(1, name, $"the {role} column '{name}' appears {exact.Count} times in the header; give the columns distinct names");
            return -1;
        }

        var loose = Matches(columns, name, StringComparison.OrdinalIgnoreCase);
        if (loose.Count == 1)
        {
            return loose[0];
        }

        problems.Add(1, name, loose.Count > 1
            ? $"the {role} column '{name}' matches {string.Join(", ", loose.Select(i => columns[i]))} when case is ignored; use the exact name"
            : $"the {role} column '{name}' is not in the file; the columns are: {listed}");
        return -1;
    }

    private static List<int> Matches(IReadOnlyList<string> columns, string name, StringComparison comparison)
    {
        var found = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name.Trim(), comparison))
            {
                found.Add(i);
            }
        }

        return found;
    }
}
