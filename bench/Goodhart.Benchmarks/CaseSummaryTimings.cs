using System.Diagnostics;
using DuckDB.NET.Data;
using Goodhart.Data.Cases;

namespace Goodhart.Benchmarks;

/// <summary>
/// Times one case summary on a generated Parquet case log, in a process of its own so the peak memory is that query's
/// (DuckDB's memory is native: the process's peak working set, not the managed heap). Run by time-cases.sh.
/// </summary>
internal static class CaseSummaryTimings
{
    public static int Run(string[] args)
    {
        if (args is ["generate", var path, var count])
        {
            Generate(path, long.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (args is ["sql", .. var statements])
        {
            // Each argument runs and is timed in turn on one connection, so tables made by one are there for the next.
            using var c = new DuckDBConnection("DataSource=:memory:");
            c.Open();
            foreach (var sqlText in statements)
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = sqlText;
                // Processor time as well as wall time: on a busy machine the work done varies far less than the wait.
                var w = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    Console.WriteLine(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i))));
                }

                Console.WriteLine($"{w.Elapsed.TotalSeconds:0.00} s, processor {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s");
            }

            return 0;
        }

        if (args is not [var file, var query])
        {
            Console.Error.WriteLine("usage: cases generate PATH ROWS | cases PATH histogram|exempt|repeats|overtaking|overtaking-joined | cases sql QUERY... (DuckDB, each timed, for probing)");
            return 2;
        }

        var mapping = new CaseMapping(240)
        {
            Start = "arrived",
            End = "left",
            Category = "disposal",
            Person = "person",
            Priority = "priority",
            Exempt = ["RTN", "PLN"],
        };
        using var source = CaseSource.Open(file).Value!;
        var watch = Stopwatch.StartNew();
        var (counted, rows, problems) = query switch
        {
            "histogram" => Shape(source.DurationHistogram(mapping), s => s.Counts.Count),
            "exempt" => Shape(source.DurationExemptCounts(mapping), s => s.Count),
            "repeats" => Shape(source.RepeatContactCounts(mapping), s => s.Count),
            "overtaking" => Shape(source.OvertakingCounts(mapping), s => s.Count),
            "overtaking-joined" => Shape(source.OvertakingCounts(mapping with { Arrival = "joined" }), s => s.Count),
            _ => throw new ArgumentException($"unknown query {query}"),
        };
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{query,-18} {watch.Elapsed.TotalSeconds,6:0.00} s  peak {process.PeakWorkingSet64 / 1048576,6} MB  counted {counted:N0}  rows {rows}{problems}");
        return 0;
    }

    private static (long Counted, int Rows, string Problems) Shape<T>(Goodhart.Input.Loaded<CaseSummary<T>> loaded, Func<T, int> rows)
        where T : class =>
        loaded.Value is { } summary ? (summary.Counted, rows(summary.Value), string.Empty) : (0, 0, "  " + string.Join("; ", loaded.Problems));

    private static void Generate(string path, long rows)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // 110 days of cases, 0–400 minutes each, joining the queue up to an hour before they start; a million people
        // (about ten cases each), five priority classes, four categories. Seeded so runs compare.
        command.CommandText = $"""
            SELECT setseed(0.42);
            COPY (
              SELECT id, arrived, arrived + to_microseconds(CAST(random() * 400 * 60e6 AS BIGINT)) AS "left",
                     ['A', 'B', 'RTN', 'PLN'][1 + CAST(floor(random() * 4) AS INTEGER)] AS disposal,
                     'P' || CAST(floor(random() * 1000000) AS BIGINT) AS person,
                     CAST(1 + CAST(floor(random() * 5) AS INTEGER) AS VARCHAR) AS priority,
                     arrived - to_microseconds(CAST(random() * 3600e6 AS BIGINT)) AS joined
              FROM (SELECT i AS id, TIMESTAMP '2026-01-01' + to_microseconds(CAST(random() * 110 * 86400e6 AS BIGINT)) AS arrived
                    FROM range({rows}) AS t(i)))
            TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
    }
}
