using DuckDB.NET.Data;
using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;
using Goodhart.Detection.Summaries;
using Goodhart.Input;

namespace Goodhart.Data.Tests.Cases;

/// <summary>Exempt counts, repeat contacts and overtaking through DuckDB, checked against pairwise counts in C# (<see cref="QueueLog"/>).</summary>
public sealed class CaseSourceQueueTests : IDisposable
{
    private static readonly string[] Exempt = ["RTN", " PLN", "  "];
    private static readonly string[] ExemptTrimmed = ["RTN", "PLN"];

    private static readonly CaseMapping Timed = new(QueueLog.Threshold)
    {
        Start = "arrived",
        End = "left",
        Category = "disposal",
        Person = "person",
        Priority = "priority",
        Exempt = Exempt,
    };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DurationExemptCounts_Csv_MatchesCountsMadeInCSharp()
    {
        var log = QueueLog.Generate(1500);
        using var source = Open(log.WriteCsv(_folder));

        var summary = Summary(source.DurationExemptCounts(Timed));

        Assert.Equal(log.ExpectedExempt(ExemptTrimmed), summary.Value);
        Assert.Contains(summary.Value, c => c.Exempt > 0);
        // The dirty rows of the start and end: one ends before it starts, one lasts 30 days, a blank end, two unreadable.
        Assert.Equal(new CaseExclusions(1, 2, 1, 0, 1, []), summary.Excluded with { UnparseableExamples = [] });
        Assert.Equal(log.CountedCases(useJoined: false).Count, summary.Counted);
    }

    [Fact]
    public void DurationExemptCounts_ParquetAndDurationColumn_MatchCountsMadeInCSharp()
    {
        var log = QueueLog.Generate(800, seed: 9);
        using var parquet = Open(log.WriteParquet(_folder));
        using var durations = Open(log.WriteDurationCsv(_folder));

        var fromParquet = Summary(parquet.DurationExemptCounts(Timed));
        var fromDurations = Summary(durations.DurationExemptCounts(Timed with { Start = null, End = null, Duration = "minutes" }));

        Assert.Equal(log.ExpectedExempt(ExemptTrimmed), fromParquet.Value);
        Assert.Equal(log.ExpectedExempt(ExemptTrimmed), fromDurations.Value);
    }

    [Fact]
    public void DurationExemptCounts_NoExemptCategories_IsAProblemNamingTheOption()
    {
        using var source = Open(QueueLog.Generate(20).WriteCsv(_folder));

        var loaded = source.DurationExemptCounts(Timed with { Exempt = [" "] });

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("exempt", problem.Field);
        Assert.StartsWith("give the categories that do not count towards the target", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationExemptCounts_NoCategoryColumn_IsAProblem()
    {
        using var source = Open(QueueLog.Generate(20).WriteCsv(_folder));

        var loaded = source.DurationExemptCounts(Timed with { Category = null });

        Assert.Equal("category", Assert.Single(loaded.Problems).Field);
    }

    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 7)]
    [InlineData(true, 2)]
    [InlineData(false, 0.5)]
    public void RepeatContactCounts_Csv_MatchesCountsMadeInCSharp(bool useJoined, double windowDays)
    {
        var log = QueueLog.Generate(1500);
        using var source = Open(log.WriteCsv(_folder));
        var window = TimeSpan.FromDays(windowDays);

        var summary = Summary(source.RepeatContactCounts(Timed with { Arrival = useJoined ? "joined" : null, RepeatWindow = window }));

        Assert.Equal(log.ExpectedRepeats(window, useJoined), summary.Value);
        Assert.Contains(summary.Value, c => c.Repeats > 0);
        Assert.Contains(summary.Value, c => c.Repeats < c.Cases);
        // With the join column, three more rows are left out: a blank, an unreadable and a too-late join time.
        Assert.Equal(useJoined ? 8 : 5, summary.Excluded.Total);
    }

    [Fact]
    public void RepeatContactCounts_ParquetAndDurationColumn_MatchCountsMadeInCSharp()
    {
        var log = QueueLog.Generate(900, people: 25, seed: 3);
        using var parquet = Open(log.WriteParquet(_folder));
        using var durations = Open(log.WriteDurationCsv(_folder));
        var window = TimeSpan.FromDays(5);

        var fromParquet = Summary(parquet.RepeatContactCounts(Timed with { Arrival = "joined", RepeatWindow = window }));
        var fromDurations = Summary(durations.RepeatContactCounts(Timed with { Start = null, Duration = "minutes", RepeatWindow = window }));

        Assert.Equal(log.ExpectedRepeats(window, useJoined: true), fromParquet.Value);
        // End less a recorded duration is the start again, to the microsecond.
        Assert.Equal(log.ExpectedRepeats(window, useJoined: false), fromDurations.Value);
    }

    [Fact]
    public void RepeatContactCounts_Boundaries_AreAsDocumented()
    {
        var path = _folder.Write("repeats.csv", """
            person,s,e
            A,2026-03-01 08:00,2026-03-01 09:00
            A,2026-03-01 08:30,2026-03-01 10:00
            A,2026-03-08 09:00,2026-03-08 09:10
            A,2026-03-15 09:10,2026-03-15 09:20
            B,2026-03-01 08:00,2026-03-01 09:00
            B,2026-03-01 09:00,2026-03-01 09:30
            ,2026-03-01 08:00,2026-03-01 09:00
            ,2026-03-01 09:30,2026-03-01 10:00

            """);
        using var source = Open(path);

        var counts = Summary(source.RepeatContactCounts(new CaseMapping(240) { Start = "s", End = "e", Person = "person" })).Value;

        // By hand, window 7 days: A's first case (60 min) is repeated by the third, which joins exactly 7 days after it
        // ends — the overlapping second case does not hide it; the second (90) by the third; the third (10) by the
        // fourth, exactly 7 days on; the fourth is last. B's second case joins the instant the first ends: no repeat.
        // Blank persons (60 and 30 minutes) are counted, never repeated.
        Assert.Equal([new RepeatContactCount(10, 2, 1), new RepeatContactCount(30, 2, 0), new RepeatContactCount(60, 3, 1), new RepeatContactCount(90, 1, 1)], counts);
    }

    [Fact]
    public void RepeatContactCounts_NoPersonOrBadWindow_AreProblems()
    {
        using var source = Open(QueueLog.Generate(20).WriteCsv(_folder));

        var loaded = source.RepeatContactCounts(Timed with { Person = null, RepeatWindow = TimeSpan.Zero });

        Assert.Equal(["repeat window", "person"], loaded.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(false, "", CasePeriod.Month)]
    [InlineData(true, "", CasePeriod.Month)]
    [InlineData(true, "P", CasePeriod.Month)]
    [InlineData(false, "P", CasePeriod.Month)]
    public void OvertakingCounts_Csv_MatchesCountsMadeInCSharp(bool useJoined, string priorityPrefix, CasePeriod period)
    {
        var log = QueueLog.Generate(1500);
        using var source = Open(log.WriteCsv(_folder, priorityPrefix: priorityPrefix));

        var summary = Summary(source.OvertakingCounts(Timed with { Arrival = useJoined ? "joined" : null, Period = period }));

        Assert.Equal(log.ExpectedOvertaking(useJoined, priorityPrefix), summary.Value);
        Assert.Contains(summary.Value, c => c.Overtaken > 0 && c.OvertakenByLowerPriority > 0 && c.BreachedOvertaken > 0);
        Assert.Equal(useJoined ? 8 : 5, summary.Excluded.Total);
    }

    [Fact]
    public void OvertakingCounts_ParquetAndDurationColumn_MatchCountsMadeInCSharp()
    {
        var log = QueueLog.Generate(900, seed: 21);
        using var parquet = Open(log.WriteParquet(_folder));
        using var durations = Open(log.WriteDurationCsv(_folder));

        var fromParquet = Summary(parquet.OvertakingCounts(Timed with { Arrival = "joined" }));
        var fromDurations = Summary(durations.OvertakingCounts(Timed with { Start = null, Duration = "minutes" }));

        Assert.Equal(log.ExpectedOvertaking(useJoined: true), fromParquet.Value);
        Assert.Equal(log.ExpectedOvertaking(useJoined: false), fromDurations.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OvertakingCounts_WholeNumberPriorityColumn_MatchesCountsMadeInCSharp(bool useJoined)
    {
        var log = QueueLog.Generate(1200, seed: 17);
        using var source = Open(log.WriteParquet(_folder, wholeNumberPriorities: true));

        var summary = Summary(source.OvertakingCounts(Timed with { Arrival = useJoined ? "joined" : null }));

        // The same classes as the texts give: " 2 " is 2, blank is NULL (the blank class), and 10 is less urgent than 3.
        Assert.Equal(log.ExpectedOvertaking(useJoined), summary.Value);
        Assert.Contains(summary.Value, c => c.Priority == "10" && c.Overtaken > 0);
        Assert.Contains(summary.Value, c => c.Priority.Length == 0);
        Assert.Contains(summary.Value, c => c.OvertakenByLowerPriority > 0);
    }

    [Fact]
    public void OvertakingCounts_TiesAndBlankPriority_AreAsDocumented()
    {
        var path = _folder.Write("queue.csv", """
            priority,s,e
            1,2026-03-02 08:00,2026-03-02 10:00
            1,2026-03-02 08:00,2026-03-02 09:00
            1,2026-03-02 08:05,2026-03-02 09:30
            2,2026-03-02 08:10,2026-03-02 08:20
            2,2026-03-02 08:10,2026-03-02 08:15
            10,2026-03-02 07:00,2026-03-02 12:00
            ,2026-03-02 08:20,2026-03-02 08:25

            """);
        using var source = Open(path);

        var counts = Summary(source.OvertakingCounts(new CaseMapping(60) { Start = "s", End = "e", Priority = "priority" })).Value;

        // By hand, target 60 minutes: in class 1 the first case (120 min) is overtaken by the third (joins 08:05, ends
        // 09:30); the second joined at the same instant as the first, so it does not overtake it. The class-2 case
        // joining at 08:10 and ending 08:20 overtakes all three class-1 cases from a lower priority. The two class-2
        // cases tie on joining. Class 10 (after 2: numbers order numerically) joined first; blank is listed last.
        var march = new DateOnly(2026, 3, 1);
        Assert.Equal(
            [new OvertakingCount(march, "1", 3, 1, 3, 2, 1), new OvertakingCount(march, "2", 2, 0, 0, 0, 0),
             new OvertakingCount(march, "10", 1, 0, 0, 1, 0), new OvertakingCount(march, string.Empty, 1, 0, 0, 0, 0)],
            counts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OvertakingCounts_TooManyPriorityClasses_IsAProblem(bool wholeNumberColumn)
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"{i},2026-03-02 08:00,2026-03-02 09:00\n"));
        var csv = _folder.Write("many.csv", "priority,s,e\n" + rows);
        using var source = Open(wholeNumberColumn ? WholeNumberParquet(csv) : csv);

        var loaded = source.OvertakingCounts(new CaseMapping(60) { Start = "s", End = "e", Priority = "priority" });

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("priority", problem.Field);
        Assert.Contains("more than 20 different values", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OvertakingCounts_NoPriorityOrEnd_AreProblems()
    {
        using var source = Open(QueueLog.Generate(20).WriteDurationCsv(_folder));

        var loaded = source.OvertakingCounts(new CaseMapping(240) { Duration = "minutes" });

        Assert.Equal(["end", "priority"], loaded.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void QueueSummaries_UnknownInjectionColumns_AreProblemsListingTheColumns()
    {
        using var source = Open(QueueLog.Generate(20).WriteCsv(_folder));
        const string name = "x\"; DROP TABLE t; --";

        var problems = new[]
        {
            source.DurationExemptCounts(Timed with { Category = name }).Problems,
            source.RepeatContactCounts(Timed with { Person = name }).Problems,
            source.RepeatContactCounts(Timed with { Arrival = name }).Problems,
            source.OvertakingCounts(Timed with { Priority = name }).Problems,
        };

        Assert.All(problems, p => Assert.Contains("the columns are: id, arrived, left, disposal, person, priority, joined", Assert.Single(p).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void QueueSummaries_InjectionNamesThatAreColumns_AreOnlyQuotedNames()
    {
        const string name = "x\"; DROP TABLE cases; --";
        var log = QueueLog.Generate(300);
        var csv = File.ReadAllLines(log.WriteCsv(_folder, "plain.csv"));
        var header = string.Join(",", csv[0].Split(',').Select(c => c is "person" or "priority" ? $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}{c}\"" : c));
        using var source = Open(_folder.Write("named.csv", string.Join("\n", [header, .. csv.Skip(1)]) + "\n"));

        var mapping = Timed with { Person = name + "person", Priority = name + "priority" };
        var repeats = Summary(source.RepeatContactCounts(mapping));
        var overtaking = Summary(source.OvertakingCounts(mapping));
        var again = Summary(source.RepeatContactCounts(mapping));

        Assert.Equal(log.ExpectedRepeats(mapping.RepeatWindow, useJoined: false), repeats.Value);
        Assert.Equal(log.ExpectedOvertaking(useJoined: false), overtaking.Value);
        Assert.Equal(repeats.Value, again.Value);
    }

    [Fact]
    public void Urgency_NumbersAndText_OrderAsDocumented()
    {
        Assert.Equal(new Dictionary<string, int> { ["1"] = 0, ["1.0"] = 0, ["2"] = 1, ["10"] = 2 }, CaseSource.Urgency(["10", "2", "1.0", "1"]));
        Assert.Equal(new Dictionary<string, int> { ["P1"] = 0, ["P10"] = 1, ["P2"] = 2, ["p0"] = 3 }, CaseSource.Urgency(["P2", "P10", "p0", "P1"]));
    }

    private static CaseSummary<T> Summary<T>(Loaded<CaseSummary<T>> loaded)
        where T : class
    {
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    private static CaseSource Open(string path)
    {
        var loaded = CaseSource.Open(path);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    /// <summary>The CSV as Parquet with the priority as an integer column (the times stay text).</summary>
    private string WholeNumberParquet(string csv)
    {
        var path = Path.Combine(_folder.Path, "many.parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT CAST(priority AS INTEGER) AS priority, s, e FROM read_csv('{csv}', header = true, all_varchar = true)) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }
}
