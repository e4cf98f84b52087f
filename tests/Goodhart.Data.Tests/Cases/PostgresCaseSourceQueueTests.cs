using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;
using Goodhart.Input;

namespace Goodhart.Data.Tests.Cases;

/// <summary>
/// Exempt counts, repeat contacts and overtaking through PostgreSQL identical to DuckDB, on a real server (./test.sh
/// starts one and sets GOODHART_TEST_POSTGRES; without it these tests fail).
/// </summary>
public sealed class PostgresCaseSourceQueueTests : IDisposable
{
    private static readonly string[] TimedColumns = ["id", "arrived", "left", "disposal", "person", "priority", "joined"];
    private static readonly string[] DurationColumns = ["id", "minutes", "left", "disposal", "person", "priority", "joined"];

    private static readonly CaseMapping Timed = new(QueueLog.Threshold)
    {
        Start = "arrived",
        End = "left",
        Category = "disposal",
        Person = "person",
        Priority = "priority",
        Exempt = ["RTN", "PLN"],
    };

    private readonly TempFolder _folder = new();
    private readonly TestPostgres _postgres = new();

    public void Dispose()
    {
        _postgres.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(false, "", CasePeriod.Month)]
    [InlineData(true, "", CasePeriod.Week)]
    [InlineData(true, "P", CasePeriod.Quarter)]
    public void QueueSummaries_TimestampMapping_AreIdenticalToDuckDb(bool useJoined, string priorityPrefix, CasePeriod period)
    {
        var log = QueueLog.Generate(1200);
        var csv = log.WriteCsv(_folder, priorityPrefix: priorityPrefix);
        var table = TestPostgres.UniqueName("queue_timed");
        _postgres.LoadCsv(table, TimedColumns, csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var mapping = Timed with { Arrival = useJoined ? "joined" : null, Period = period, RepeatWindow = TimeSpan.FromDays(3) };

        AssertSame(duck, postgres, mapping);
        Assert.Equal(useJoined ? 8 : 5, Summary(postgres.OvertakingCounts(mapping)).Excluded.Total);
    }

    [Theory]
    [InlineData(ComplySide.AtOrBelow, false)]
    [InlineData(ComplySide.Below, true)]
    public void QueueSummaries_DurationColumnMapping_AreIdenticalToDuckDb(ComplySide comply, bool useJoined)
    {
        var log = QueueLog.Generate(1200, seed: 13);
        var csv = log.WriteDurationCsv(_folder);
        var table = TestPostgres.UniqueName("queue_duration");
        _postgres.LoadCsv(table, DurationColumns, csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var mapping = Timed with { Start = null, Duration = "minutes", Comply = comply, Arrival = useJoined ? "joined" : null };

        AssertSame(duck, postgres, mapping);
        Assert.Equal(log.ExpectedRepeats(mapping.RepeatWindow, useJoined), Summary(postgres.RepeatContactCounts(mapping)).Value);
    }

    [Fact]
    public void QueueSummaries_WholeNumberPriorityColumn_AreIdenticalToDuckDb()
    {
        var log = QueueLog.Generate(1200, seed: 17);
        var table = TestPostgres.UniqueName("queue_integer");
        _postgres.LoadCsv(table, TimedColumns, log.WriteCsv(_folder));
        _postgres.Execute($"ALTER TABLE {TestPostgres.Quote(table)} ALTER COLUMN priority TYPE integer USING CAST(nullif(trim(priority), '') AS integer)");
        using var duck = OpenDuckDb(log.WriteParquet(_folder, wholeNumberPriorities: true));
        using var postgres = OpenPostgres(table);

        var mapping = Timed with { Arrival = "joined" };

        // Parquet's typed times make an unreadable time missing rather than unparseable, so only the counts compare.
        Assert.Equal(log.ExpectedOvertaking(useJoined: true), Summary(postgres.OvertakingCounts(mapping)).Value);
        Assert.Equal(Summary(duck.OvertakingCounts(mapping)).Value, Summary(postgres.OvertakingCounts(mapping)).Value);
    }

    [Fact]
    public void QueueSummaries_BadMappings_OnPostgres_AreTheSameProblemsAsDuckDb()
    {
        var csv = QueueLog.Generate(30).WriteCsv(_folder);
        var table = TestPostgres.UniqueName("queue_bad");
        _postgres.LoadCsv(table, TimedColumns, csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);
        var injection = $"x\"; DROP TABLE \"{table}\"; --";

        CaseMapping[] mappings = [Timed with { Exempt = [] }, Timed with { Person = injection }, Timed with { Priority = injection }, Timed with { Arrival = injection }];
        foreach (var mapping in mappings)
        {
            Assert.Equal(Problems(duck, mapping), Problems(postgres, mapping));
        }

        Assert.Contains(Problems(postgres, mappings[1]), p => p.Contains("the columns are: id, arrived, left, disposal, person, priority, joined", StringComparison.Ordinal));
        Assert.True(_postgres.Exists(table));
    }

    [Fact]
    public void QueueSummaries_InjectionColumnNames_OnPostgres_AreOnlyQuotedNames()
    {
        var table = TestPostgres.UniqueName("queue_names");
        var person = $"x\"; DROP TABLE \"{table}\"; --";
        var log = QueueLog.Generate(300);
        var csv = log.WriteCsv(_folder);
        _postgres.LoadCsv(table, ["id", "arrived", "left", "disposal", person, "priority", "joined"], csv);
        using var postgres = OpenPostgres(table);

        var repeats = Summary(postgres.RepeatContactCounts(Timed with { Person = person }));

        Assert.Equal(log.ExpectedRepeats(Timed.RepeatWindow, useJoined: false), repeats.Value);
        Assert.True(_postgres.Exists(table));
    }

    [Fact]
    public void OvertakingCounts_TooManyPriorityClasses_OnPostgres_IsAProblem()
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"{i},2026-03-02 08:00,2026-03-02 09:00\n"));
        var table = TestPostgres.UniqueName("queue_many");
        _postgres.LoadCsv(table, ["priority", "s", "e"], _folder.Write("many.csv", "priority,s,e\n" + rows));
        using var postgres = OpenPostgres(table);

        var loaded = postgres.OvertakingCounts(new CaseMapping(60) { Start = "s", End = "e", Priority = "priority" });

        Assert.Contains("more than 20 different values", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    private static string[] Problems(CaseSource source, CaseMapping mapping) =>
    [
        .. source.DurationExemptCounts(mapping).Problems.Select(p => p.Field + ": " + p.Message),
        .. source.RepeatContactCounts(mapping).Problems.Select(p => p.Field + ": " + p.Message),
        .. source.OvertakingCounts(mapping).Problems.Select(p => p.Field + ": " + p.Message),
    ];

    private static void AssertSame(CaseSource duck, CaseSource postgres, CaseMapping mapping)
    {
        AssertSame(Summary(duck.DurationExemptCounts(mapping)), Summary(postgres.DurationExemptCounts(mapping)));
        AssertSame(Summary(duck.RepeatContactCounts(mapping)), Summary(postgres.RepeatContactCounts(mapping)));
        AssertSame(Summary(duck.OvertakingCounts(mapping)), Summary(postgres.OvertakingCounts(mapping)));
    }

    private static void AssertSame<T>(CaseSummary<IReadOnlyList<T>> expected, CaseSummary<IReadOnlyList<T>> actual)
    {
        Assert.NotEmpty(expected.Value);
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.Counted, actual.Counted);
        Assert.Equal(expected.Excluded, actual.Excluded);
        Assert.Equal(expected.Warnings, actual.Warnings);
    }

    private static CaseSummary<T> Summary<T>(Loaded<CaseSummary<T>> loaded)
        where T : class
    {
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    private static CaseSource OpenDuckDb(string path)
    {
        var loaded = CaseSource.Open(path);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    private CaseSource OpenPostgres(string table)
    {
        var loaded = CaseSource.OpenPostgres(_postgres.ConnectionString, table);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }
}
