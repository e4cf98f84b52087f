using DuckDB.NET.Data;
using Goodhart.Simulation;

namespace Goodhart.Data.Simulation;

/// <summary>
/// Writes a simulated case log to Parquet or CSV through the embedded DuckDB engine, in bounded memory: the cases are
/// appended to a table of a temporary on-disk database (which DuckDB pages out as it grows), then copied to the file.
/// The file appears only when complete: it is written under a temporary name beside it and then renamed.
/// </summary>
public static class CaseLogWriter
{
    /// <summary>The file extensions written: <c>.parquet</c> and <c>.csv</c>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".parquet", ".csv"];

    /// <summary>The columns written, with their DuckDB types, in order.</summary>
    public static IReadOnlyList<(string Name, string Type)> Columns { get; } =
    [
        ("case_id", "BIGINT"),
        ("person_id", "VARCHAR"),
        ("arrival", "TIMESTAMP"),
        ("departure", "TIMESTAMP"),
        ("priority", "INTEGER"),
        ("category", "VARCHAR"),
    ];

    /// <summary>Whether the file's extension is one this writer writes.</summary>
    /// <param name="path">The output file.</param>
    /// <returns><c>true</c> for .parquet and .csv (any case).</returns>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Writes the cases, in the order given, to a Parquet or CSV file chosen by the extension.</summary>
    /// <param name="path">The output file; replaced if it exists.</param>
    /// <param name="cases">The cases, streamed.</param>
    /// <param name="progress">Called with the number of cases appended so far, every 100,000 cases and at the end.</param>
    /// <returns>How many cases were written.</returns>
    /// <exception cref="ArgumentException">The extension is neither .parquet nor .csv.</exception>
    public static long Write(string path, IEnumerable<SimulatedCase> cases, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(cases);
        if (!IsSupported(path))
        {
            throw new ArgumentException($"'{Path.GetFileName(path)}' must end in {string.Join(" or ", Extensions)}.", nameof(path));
        }

        var full = Path.GetFullPath(path);
        var stem = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}");
        var database = stem + ".duckdb";
        var temporary = stem + ".tmp";
        try
        {
            long count;
            using (var connection = new DuckDBConnection($"Data Source={database}"))
            {
                connection.Open();
                // A small buffer pool: the table pages out to the database file instead of growing in memory.
                Execute(connection, "SET memory_limit = '512MB'");
                Execute(connection, "SET preserve_insertion_order = true");
                Execute(connection, $"CREATE TABLE cases ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}"))})");
                count = Append(connection, cases, progress);
                var format = Path.GetExtension(full).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                    ? "FORMAT csv, HEADER true, TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S'"
                    : "FORMAT parquet, COMPRESSION zstd";
                Execute(connection, $"COPY cases TO '{temporary.Replace("'", "''", StringComparison.Ordinal)}' ({format})");
            }

            File.Move(temporary, full, overwrite: true);
            return count;
        }
        finally
        {
            foreach (var leftover in new[] { temporary, database, database + ".wal" })
            {
                File.Delete(leftover);
            }

            if (Directory.Exists(database + ".tmp"))
            {
                Directory.Delete(database + ".tmp", recursive: true);
            }
        }
    }

    private static long Append(DuckDBConnection connection, IEnumerable<SimulatedCase> cases, Action<long>? progress)
    {
        const int Chunk = 100_000;
        var count = 0L;
        var appender = connection.CreateAppender("cases");
        try
        {
            foreach (var c in cases)
            {
                appender.CreateRow()
                    .AppendValue(c.CaseId)
                    .AppendValue(c.PersonId)
                    .AppendValue(c.Arrival)
                    .AppendValue(c.Departure)
                    .AppendValue(c.Priority)
                    .AppendValue(c.Category)
                    .EndRow();
                if (++count % Chunk == 0)
                {
                    // Closing the appender commits its rows, so the buffer pool can write them out and let them go.
                    appender.Dispose();
                    appender = connection.CreateAppender("cases");
                    progress?.Invoke(count);
                }
            }
        }
        finally
        {
            appender.Dispose();
        }

        progress?.Invoke(count);
        return count;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
