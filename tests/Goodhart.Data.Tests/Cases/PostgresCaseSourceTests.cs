using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;
using Goodhart.Detection.Summaries;
using Goodhart.Input;

namespace Goodhart.Data.Tests.Cases;

/// <summary>
/// The same summaries through PostgreSQL as through DuckDB, on a real server (./test.sh starts one and sets
/// GOODHART_TEST_POSTGRES; without it these tests fail).
/// </summary>
public sealed class PostgresCaseSourceTests : IDisposable
{
    private static readonly string[] TimedColumns = ["id", "arrived", "left", "disposal"];
    private readonly TempFolder _folder = new();
    private readonly TestPostgres _postgres = new();

    public void Dispose()
    {
        _postgres.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(CasePeriod.Month)]
    [InlineData(CasePeriod.Week)]
    [InlineData(CasePeriod.Quarter)]
    public void Summaries_TimestampMapping_AreIdenticalToDuckDb(CasePeriod period)
    {
        var csv = CaseLog.Generate(600, dirty: true).WriteCsv(_folder);
        var table = TestPostgres.UniqueName("cases_timed");
        _postgres.LoadCsv(table, TimedColumns, csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var mapping = new CaseMapping(CaseLog.Threshold) { Start = "arrived", End = "left", Category = "disposal", Period = period };

        AssertSameSummaries(duck, postgres, mapping);
        Assert.Equal(6, postgres.DurationHistogram(mapping).Value!.Excluded.Total);
    }

    [Theory]
    [InlineData(CasePeriod.Month, ComplySide.AtOrBelow)]
    [InlineData(CasePeriod.Week, ComplySide.Below)]
    [InlineData(CasePeriod.Quarter, ComplySide.AtOrBelow)]
    public void Summaries_DurationColumnMapping_AreIdenticalToDuckDb(CasePeriod period, ComplySide comply)
    {
        var csv = CaseLog.Generate(600, dirty: true).WriteDurationCsv(_folder);
        var table = TestPostgres.UniqueName("cases_duration");
        _postgres.LoadCsv(table, ["id", "minutes", "left", "disposal"], csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var mapping = new CaseMapping(CaseLog.Threshold) { Duration = "minutes", End = "left", Category = "disposal", Period = period, Comply = comply };

        AssertSameSummaries(duck, postgres, mapping);
        AssertSameHistogram(duck.DurationHistogram(mapping with { End = null }), postgres.DurationHistogram(mapping with { End = null }));
        Assert.True(postgres.DurationHistogram(mapping with { End = null }).Value!.Excluded.Negative > 0);
    }

    [Fact]
    public void DurationHistogram_TimestampFormat_IsIdenticalToDuckDb()
    {
        var csv = _folder.Write("uk.csv", "in,out\n01/03/2026 09:00,01/03/2026 09:30\n31/03/2026 23:50,01/04/2026 00:20\n"
            + "02/03/2026 08:00,02/03/2026 13:15\n02/03/2026 08:00,\n02/03/2026 08:00,soon\n");
        var table = TestPostgres.UniqueName("cases_uk");
        _postgres.LoadCsv(table, ["in", "out"], csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var mapping = new CaseMapping(240) { Start = "in", End = "out", TimestampFormat = "%d/%m/%Y %H:%M" };

        AssertSameHistogram(duck.DurationHistogram(mapping), postgres.DurationHistogram(mapping));
        Assert.Equal(3, postgres.DurationHistogram(mapping).Value!.Counted);
    }

    [Fact]
    public void DurationHistogram_TimestampFormatPostgresCannotRead_IsAProblem()
    {
        var table = TestPostgres.UniqueName("cases_uk");
        _postgres.LoadCsv(table, ["in", "out"], _folder.Write("uk.csv", "in,out\n01/03/2026 09:00,01/03/2026 09:30\n"));
        using var postgres = OpenPostgres(table);

        var loaded = postgres.DurationHistogram(new CaseMapping(240) { Start = "in", End = "out", TimestampFormat = "%d/%m/%Y %Q" });

        Assert.StartsWith("the timestamp format '%d/%m/%Y %Q' cannot be read by this database", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericColumns_ThroughPostgres_AreIdenticalToDuckDb()
    {
        var csv = CaseLog.Generate(300, dirty: true).WriteDurationCsv(_folder);
        var table = TestPostgres.UniqueName("cases_numbers");
        _postgres.LoadCsv(table, ["id", "minutes", "left", "disposal"], csv);
        using var duck = OpenDuckDb(csv);
        using var postgres = OpenPostgres(table);

        var expected = duck.ReadNumbers("minutes").Value!;
        var actual = postgres.ReadNumbers("minutes").Value!;

        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal((expected.Nulls, expected.Invalid), (actual.Nulls, actual.Invalid));
        Assert.Equal(expected.InvalidExamples, actual.InvalidExamples);
        Assert.Equal(duck.WholeValueCounts("minutes").Value, postgres.WholeValueCounts("minutes").Value);
    }

    [Fact]
    public void OpenPostgres_UnknownTable_IsAProblemListingTheTables()
    {
        var table = TestPostgres.UniqueName("cases_known");
        _postgres.LoadCsv(table, TimedColumns, CaseLog.Generate(5, dirty: false).WriteCsv(_folder));

        var loaded = CaseSource.OpenPostgres(_postgres.ConnectionString, "no_such_cases");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("table", problem.Field);
        Assert.Contains("there is no table 'no_such_cases' in the schema 'public'; its tables are ", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"'{table}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenPostgres_InjectionTableName_IsAProblemAndChangesNothing()
    {
        var table = TestPostgres.UniqueName("cases_victim");
        _postgres.LoadCsv(table, TimedColumns, CaseLog.Generate(5, dirty: false).WriteCsv(_folder));

        var loaded = CaseSource.OpenPostgres(_postgres.ConnectionString, $"{table}\"; DROP TABLE \"{table}\"; --");

        Assert.Contains("there is no table", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
        Assert.True(_postgres.Exists(table));
    }

    [Fact]
    public void OpenPostgres_InjectionNameThatIsATable_IsOnlyAQuotedName()
    {
        var victim = TestPostgres.UniqueName("cases_victim");
        _postgres.LoadCsv(victim, TimedColumns, CaseLog.Generate(5, dirty: false).WriteCsv(_folder));
        var log = CaseLog.Generate(80, dirty: false);
        var table = $"x\"; DROP TABLE \"{victim}\"; --";
        _postgres.LoadCsv(table, TimedColumns, log.WriteCsv(_folder, "injection.csv"));
        using var source = OpenPostgres(table);

        var histogram = source.DurationHistogram(new CaseMapping(CaseLog.Threshold) { Start = "arrived", End = "left" }).Value!;

        Assert.Equal(table, source.Source);
        Assert.Equal(log.ExpectedHistogram(), histogram.Value.Counts);
        Assert.True(_postgres.Exists(victim));
    }

    [Fact]
    public void Column_UnknownInjectionName_OnPostgres_IsAProblemListingTheColumns()
    {
        var table = TestPostgres.UniqueName("cases_columns");
        _postgres.LoadCsv(table, TimedColumns, CaseLog.Generate(10, dirty: false).WriteCsv(_folder));
        using var source = OpenPostgres(table);

        var loaded = source.DurationHistogram(new CaseMapping(240) { Start = $"x\"; DROP TABLE \"{table}\"; --", End = "left" });

        var problem = Assert.Single(loaded.Problems);
        Assert.Contains("the columns are: id, arrived, left, disposal", problem.Message, StringComparison.Ordinal);
        Assert.True(_postgres.Exists(table));
    }

    [Fact]
    public void DurationHistogram_InjectionColumnThatIsAColumn_OnPostgres_IsOnlyAQuotedName()
    {
        var table = TestPostgres.UniqueName("cases_columns");
        var name = $"x\"; DROP TABLE \"{table}\"; --";
        var log = CaseLog.Generate(50, dirty: false);
        _postgres.LoadCsv(table, ["id", name, "left", "disposal"], log.WriteCsv(_folder, startHeader: name));
        using var source = OpenPostgres(table);

        var first = source.DurationHistogram(new CaseMapping(CaseLog.Threshold) { Start = name, End = "left" }).Value!;
        var again = source.DurationHistogram(new CaseMapping(CaseLog.Threshold) { Start = name, End = "left" }).Value!;

        Assert.Equal(name, source.Columns[1].Name);
        Assert.Equal(log.ExpectedHistogram(), first.Value.Counts);
        Assert.Equal(first.Value.Counts, again.Value.Counts);
        Assert.True(_postgres.Exists(table));
    }

    [Fact]
    public void OpenPostgres_TypedTimestampColumns_AreCastNotParsed()
    {
        var table = TestPostgres.UniqueName("cases_typed");
        _postgres.Execute($"CREATE TABLE {TestPostgres.Quote(table)} (arrived timestamp without time zone, \"left\" timestamp without time zone)");
        _postgres.Track(table);
        _postgres.Execute($"INSERT INTO {TestPostgres.Quote(table)} VALUES ('2026-03-01 09:00', '2026-03-01 09:30:30'), ('2026-03-31 23:50', '2026-04-01 00:20'), (NULL, '2026-04-01 00:20')");
        using var source = OpenPostgres(table);

        var histogram = source.DurationHistogram(new CaseMapping(240) { Start = "arrived", End = "left" }).Value!;

        Assert.Equal("TIMESTAMP WITHOUT TIME ZONE", source.Columns[0].Type);
        Assert.Equal([new DurationCount(30, 2)], histogram.Value.Counts);
        Assert.Equal(1, histogram.Excluded.Missing);
    }

    [Fact]
    public void OpenPostgres_NoServer_IsAProblem()
    {
        var loaded = CaseSource.OpenPostgres("Host=127.0.0.1;Port=1;Username=postgres;Database=postgres;Timeout=2", "cases");

        Assert.StartsWith("cannot ", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    private static void AssertSameSummaries(CaseSource duck, CaseSource postgres, CaseMapping mapping)
    {
        AssertSameHistogram(duck.DurationHistogram(mapping), postgres.DurationHistogram(mapping));
        var days = (Duck: Summary(duck.PeriodDayCounts(mapping)), Postgres: Summary(postgres.PeriodDayCounts(mapping)));
        Assert.NotEmpty(days.Duck.Value);
        Assert.Equal(days.Duck.Value, days.Postgres.Value);
        AssertSameCounts(days.Duck, days.Postgres);
        var categories = (Duck: Summary(duck.PeriodCategoryCounts(mapping)), Postgres: Summary(postgres.PeriodCategoryCounts(mapping)));
        Assert.NotEmpty(categories.Duck.Value);
        Assert.Equal(categories.Duck.Value, categories.Postgres.Value);
        AssertSameCounts(categories.Duck, categories.Postgres);
    }

    private static void AssertSameHistogram(Loaded<CaseSummary<DurationHistogram>> duck, Loaded<CaseSummary<DurationHistogram>> postgres)
    {
        var (expected, actual) = (Summary(duck), Summary(postgres));
        Assert.NotEmpty(expected.Value.Counts);
        Assert.Equal(expected.Value.Counts, actual.Value.Counts);
        Assert.Equal((expected.Value.Unit, expected.Value.Excluded), (actual.Value.Unit, actual.Value.Excluded));
        AssertSameCounts(expected, actual);
    }

    private static void AssertSameCounts<T>(CaseSummary<T> expected, CaseSummary<T> actual)
        where T : class
    {
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
