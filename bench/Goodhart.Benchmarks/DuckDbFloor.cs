using System.Diagnostics;
using DuckDB.NET.Data;

namespace Goodhart.Benchmarks;

/// <summary>
/// The floor for the scan benchmark: one bare DuckDB pass over a Parquet case log that reads every value of the
/// columns the scan uses, and nothing else. The scan cannot be faster than reading its data once.
/// </summary>
internal static class DuckDbFloor
{
    /// <summary>Runs the pass and prints the milliseconds it took and the rows it read.</summary>
    /// <param name="args">The Parquet file, then the timestamp columns, then the other columns (as text), e.g. <c>log.parquet arrival,departure priority,category,person_id</c>.</param>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: floor FILE.parquet TIME_COLUMNS [OTHER_COLUMNS]");
            return 2;
        }

        var times = args[1].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var others = args.Length > 2 ? args[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

        // max() over each value forces every value to be decoded; epoch() keeps timestamps from being answered by
        // Parquet statistics alone.
        var reads = times.Select(c => $"max(epoch(\"{c}\"))")
            .Concat(others.Select(c => $"max(length(CAST(\"{c}\" AS VARCHAR)))"))
            .Prepend("count(*)");
        var path = args[0].Replace("'", "''", StringComparison.Ordinal);
        var sql = $"SELECT {string.Join(", ", reads)} FROM read_parquet('{path}')";

        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var rows = reader.GetInt64(0);
        clock.Stop();
        Console.WriteLine($"{clock.ElapsedMilliseconds} ms, {rows} rows");
        return 0;
    }
}
