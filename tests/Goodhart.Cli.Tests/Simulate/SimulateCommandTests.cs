using System.Text.Json;
using DuckDB.NET.Data;
using Goodhart.Cli.Tests.Support;
using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.Simulate;

public sealed class SimulateCommandTests
{
    [Fact]
    public void Simulate_Parquet_WritesTheColumnsAndTheTruthBesideIt()
    {
        using var cli = new CliRun();

        var code = cli.Run("simulate", "--cases", "3000", "--seed", "5", "--out", "log.parquet", "--gaming", "rushing=0.5,reclassification=0.3");

        Assert.Equal(0, code);
        Assert.Equal("", cli.Error.ToString());
        var columns = Query(cli.PathOf("log.parquet"), "DESCRIBE SELECT * FROM read_parquet($file)", r => (r.GetString(0), r.GetString(1)));
        Assert.Equal(
            [("case_id", "BIGINT"), ("person_id", "VARCHAR"), ("arrival", "TIMESTAMP"), ("departure", "TIMESTAMP"), ("priority", "INTEGER"), ("category", "VARCHAR")],
            columns);
        var summary = Query(cli.PathOf("log.parquet"),
            "SELECT count(*), min(case_id), max(case_id), count(*) FILTER (WHERE arrival < previous) FROM (SELECT *, lag(arrival) OVER (ORDER BY case_id) AS previous FROM read_parquet($file))",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
        Assert.Equal((3000L, 1L, 3000L, 0L), Assert.Single(summary));

        using var truth = JsonDocument.Parse(File.ReadAllText(cli.PathOf("log.truth.json")));
        var root = truth.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("log.parquet", root.GetProperty("file").GetString());
        Assert.Equal(3000, root.GetProperty("settings").GetProperty("cases").GetInt64());
        Assert.Equal("2025-07-01", root.GetProperty("settings").GetProperty("gamingStart").GetString());
        Assert.Equal(0.5, root.GetProperty("strengths").GetProperty("rushing").GetDouble());
        Assert.Equal(0, root.GetProperty("strengths").GetProperty("parking").GetDouble());
        Assert.Equal(7, root.GetProperty("injections").GetArrayLength());
        Assert.Equal(
            "--start arrival --end departure --threshold 240 --comply lt --category category --exempt clinical-exception --priority priority --person person_id",
            root.GetProperty("scanOptions").GetString());

        // The reclassified count in the truth is what the file shows: exempt breaches beyond the 1% base share are all
        // after the gaming start, and the touched cases are all breaches recorded as exempt.
        var touched = root.GetProperty("touched").GetProperty("reclassification").GetInt64();
        var exemptBreachesAfter = Query(cli.PathOf("log.parquet"),
            "SELECT count(*) FROM read_parquet($file) WHERE category = 'clinical-exception' AND arrival >= TIMESTAMP '2025-07-01' AND departure - arrival >= INTERVAL 240 MINUTE",
            r => r.GetInt64(0));
        Assert.InRange(touched, 1, exemptBreachesAfter[0]);

        var text = cli.Out.ToString();
        Assert.Contains($"Wrote 3,000 cases to {cli.PathOf("log.parquet")}", text, StringComparison.Ordinal);
        Assert.Contains($"Ground truth: {cli.PathOf("log.truth.json")}", text, StringComparison.Ordinal);
        Assert.Contains("  rushing            0.5  ", text, StringComparison.Ordinal);
        Assert.Contains("  parking            off\n", text, StringComparison.Ordinal);
        Assert.Equal([], Directory.GetFiles(cli.Directory, ".*"));
    }

    [Fact]
    public void Simulate_Csv_WritesAHeaderAndOneRowPerCase()
    {
        using var cli = new CliRun();

        var code = cli.Run("simulate", "--cases", "500", "--out", "log.csv");

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(cli.PathOf("log.csv"));
        Assert.Equal(501, lines.Length);
        Assert.Equal("case_id,person_id,arrival,departure,priority,category", lines[0]);
        Assert.True(lines[1].StartsWith("1,P", StringComparison.Ordinal), lines[1]);
        Assert.Matches(@"^1,P\d+,2025-01-0\d \d\d:\d\d:00,\d{4}-\d\d-\d\d \d\d:\d\d:00,[1-5],[a-z-]+$", lines[1]);
        Assert.True(File.Exists(cli.PathOf("log.truth.json")));
    }

    [Fact]
    public void Simulate_LargeLogWithATerminal_ShowsProgressOnStandardError()
    {
        using var cli = new CliRun { Progress = new TestConsole().Interactive() };

        var code = cli.Run("simulate", "--cases", "200000", "--out", "log.parquet");

        Assert.Equal(0, code);
        Assert.Contains("Writing log.parquet", cli.Progress!.Output, StringComparison.Ordinal);
        Assert.Contains("100%", cli.Progress!.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulating", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_SameSeedTwice_SameFile()
    {
        using var cli = new CliRun();

        cli.Run("simulate", "--cases", "800", "--seed", "9", "--out", "a.csv", "--gaming", "parking=0.5");
        cli.Run("simulate", "--cases", "800", "--seed", "9", "--out", "b.csv", "--gaming", "parking=0.5");

        Assert.Equal(File.ReadAllText(cli.PathOf("a.csv")), File.ReadAllText(cli.PathOf("b.csv")));
    }

    [Theory]
    [InlineData("--cases 0 --out log.parquet", "goodhart: --cases: '0' is not a whole number from 1 to 9,223,372,036,854,775,807.")]
    [InlineData("--cases -5 --out log.parquet", "goodhart: --cases: '-5' is not a whole number from 1 to 9,223,372,036,854,775,807.")]
    [InlineData("--cases 100 --out log.parquet --gaming fiddling=0.2", "goodhart: --gaming: 'fiddling' is not a kind of gaming the simulator knows; use rushing, parking, storing-up, reclassification, cherry-picking, rework, pretend-numbers.")]
    [InlineData("--cases 100 --out log.parquet --gaming rushing=2", "goodhart: --gaming: rushing=2: the strength must be a number from 0 to 1 (e.g. 0.3).")]
    [InlineData("--cases 100 --out log.txt", "goodhart: --out: 'log.txt' has an extension the simulator does not write; use .parquet or .csv.")]
    [InlineData("--cases 100 --out log.parquet --start-date 1/1/2025", "goodhart: --start-date: '1/1/2025' is not a date written yyyy-mm-dd, e.g. 2025-01-01.")]
    public void Simulate_BadInput_ExitsWithCode2AndSaysWhy(string arguments, string message)
    {
        using var cli = new CliRun();

        var code = cli.Run(["simulate", .. arguments.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Equal(message, cli.Error.ToString().Trim());
        Assert.Empty(Directory.GetFiles(cli.Directory));
    }

    [Fact]
    public void Simulate_MissingFolder_ExitsWithCode2()
    {
        using var cli = new CliRun();

        var code = cli.Run("simulate", "--cases", "100", "--out", "nowhere/log.parquet");

        Assert.Equal(2, code);
        Assert.Equal($"goodhart: --out: the folder {cli.PathOf("nowhere")} does not exist.", cli.Error.ToString().Trim());
    }

    private static List<T> Query<T>(string file, string sql, Func<System.Data.Common.DbDataReader, T> read)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("file", file));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
