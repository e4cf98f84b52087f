using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;
using Goodhart.Detection.Summaries;

namespace Goodhart.Data.Tests.Cases;

public sealed class CaseSourceTests : IDisposable
{
    private static readonly CaseMapping Timed = new(CaseLog.Threshold) { Start = "arrived", End = "left", Category = "disposal" };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_Csv_ListsColumnsAsText()
    {
        using var source = Open(CaseLog.Generate(10, dirty: false).WriteCsv(_folder));

        Assert.Equal(["id", "arrived", "left", "disposal"], source.Columns.Select(c => c.Name));
        Assert.All(source.Columns, c => Assert.True(c.IsText));
    }

    [Fact]
    public void DurationHistogram_Csv_MatchesCountsMadeInCSharp()
    {
        var log = CaseLog.Generate(500, dirty: true);
        using var source = Open(log.WriteCsv(_folder));

        var summary = source.DurationHistogram(Timed).Value!;

        Assert.Equal(log.ExpectedHistogram(), summary.Value.Counts);
        Assert.Equal("minutes", summary.Value.Unit);
        Assert.Equal(500, summary.Counted);
        Assert.Equal(500, summary.Value.Total);
        // The six dirty rows: two end before start, one 30 days long (cap 24,000 minutes), one blank end, two unparseable.
        Assert.Equal(new CaseExclusions(1, 2, 2, 0, 1, ["10/02/2026 09:00", "not a time"]), summary.Excluded with { UnparseableExamples = summary.Excluded.UnparseableExamples.Order(StringComparer.Ordinal).ToList() });
        Assert.Equal(6, summary.Value.Excluded);
        Assert.Contains(summary.Warnings, w => w.Contains("2 cases have a time", StringComparison.Ordinal) && w.Contains("%d/%m/%Y", StringComparison.Ordinal));
        Assert.Contains(summary.Warnings, w => w.StartsWith("2 cases end before", StringComparison.Ordinal));
    }

    [Fact]
    public void PeriodDayCounts_Csv_MatchesCountsMadeInCSharp()
    {
        var log = CaseLog.Generate(500, dirty: true);
        using var source = Open(log.WriteCsv(_folder));

        var summary = source.PeriodDayCounts(Timed).Value!;

        Assert.Equal(log.ExpectedPeriodDays(), summary.Value);
        Assert.Equal(6, summary.Excluded.Total);
    }

    [Fact]
    public void PeriodCategoryCounts_Csv_MatchesCountsMadeInCSharp()
    {
        var log = CaseLog.Generate(500, dirty: true);
        using var source = Open(log.WriteCsv(_folder));

        var summary = source.PeriodCategoryCounts(Timed).Value!;

        Assert.Equal(log.ExpectedPeriodCategories(), summary.Value);
    }

    [Fact]
    public void PeriodDayCounts_Week_DaysRunMondayToSunday()
    {
        _folder.Write("week.csv", "s,e\n2026-03-02 08:00,2026-03-02 09:00\n2026-03-08 08:00,2026-03-08 23:00\n");
        using var source = Open(Path.Combine(_folder.Path, "week.csv"));

        var counts = source.PeriodDayCounts(new CaseMapping(240) { Start = "s", End = "e", Period = CasePeriod.Week }).Value!.Value;

        // 2 March 2026 is a Monday: day 1 of its ISO week; 8 March is the Sunday, day 7; the second case took 900 minutes.
        Assert.Equal([new PeriodDayCount(new DateOnly(2026, 3, 2), 1, 7, 1, 0), new PeriodDayCount(new DateOnly(2026, 3, 2), 7, 7, 0, 1)], counts);
    }

    [Fact]
    public void Summaries_Parquet_MatchCountsMadeInCSharp()
    {
        var log = CaseLog.Generate(400, dirty: true, seed: 11);
        using var source = Open(log.WriteParquet(_folder));

        var histogram = source.DurationHistogram(Timed).Value!;
        var days = source.PeriodDayCounts(Timed).Value!;
        var categories = source.PeriodCategoryCounts(Timed).Value!;

        Assert.Equal("TIMESTAMP", source.Columns[1].Type);
        Assert.Equal(log.ExpectedHistogram(), histogram.Value.Counts);
        // Typed columns hold no unreadable text: the two unparseable times were NULL already, so three are missing.
        Assert.Equal(new CaseExclusions(3, 0, 2, 0, 1, []), histogram.Excluded);
        Assert.Equal(log.ExpectedPeriodDays(), days.Value);
        Assert.Equal(log.ExpectedPeriodCategories(), categories.Value);
    }

    [Fact]
    public void Column_UnknownInjectionName_IsAProblemListingTheColumns()
    {
        using var source = Open(CaseLog.Generate(10, dirty: false).WriteCsv(_folder));

        var loaded = source.DurationHistogram(new CaseMapping(240) { Start = "x\"; DROP TABLE t; --", End = "left" });

        var problem = Assert.Single(loaded.Problems);
        Assert.Contains("is not in the file; the columns are: id, arrived, left, disposal", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationHistogram_InjectionNameThatIsAColumn_IsOnlyAQuotedName()
    {
        const string name = "x\"; DROP TABLE cases; --";
        var log = CaseLog.Generate(50, dirty: false);
        using var source = Open(log.WriteCsv(_folder, startHeader: name));

        var first = source.DurationHistogram(Timed with { Start = name }).Value!;
        var again = source.DurationHistogram(Timed with { Start = name }).Value!;

        Assert.Equal(name, source.Columns[1].Name);
        Assert.Equal(log.ExpectedHistogram(), first.Value.Counts);
        Assert.Equal(first.Value.Counts, again.Value.Counts);
    }

    [Fact]
    public void DurationHistogram_TimestampFormat_ParsesDayFirstTimes()
    {
        var path = _folder.Write("uk.csv", "in,out\n01/03/2026 09:00,01/03/2026 09:30\n31/03/2026 23:50,01/04/2026 00:20\n");
        using var source = Open(path);

        var without = source.DurationHistogram(new CaseMapping(240) { Start = "in", End = "out" });
        var with = source.DurationHistogram(new CaseMapping(240) { Start = "in", End = "out", TimestampFormat = "%d/%m/%Y %H:%M" }).Value!;

        Assert.False(without.Succeeded);
        Assert.Contains(without.Problems, p => p.Message.Contains("'01/03/2026 09:00'", StringComparison.Ordinal) && p.Message.Contains("timestamp format", StringComparison.Ordinal));
        Assert.Contains(without.Problems, p => p.Message == "none of the 2 cases could be counted");
        Assert.Equal([new DurationCount(30, 2)], with.Value.Counts);
    }

    [Fact]
    public void DurationHistogram_DurationColumn_BinsByFloorAndCountsNegatives()
    {
        var path = _folder.Write("d.csv", "hours,done\n3.9,2026-01-05 10:00\n4,2026-01-05 11:00\n-1,2026-01-06 10:00\n4.5,2026-01-07 10:00\nfast,2026-01-07 10:00\n,2026-01-08 10:00\n");
        using var source = Open(path);
        var mapping = new CaseMapping(4, DurationUnit.Hours) { Duration = "hours", End = "done", Comply = ComplySide.Below };

        var histogram = source.DurationHistogram(mapping with { End = null }).Value!;
        var days = source.PeriodDayCounts(mapping).Value!;

        Assert.Equal([new DurationCount(3, 1), new DurationCount(4, 2)], histogram.Value.Counts);
        Assert.Equal(new CaseExclusions(1, 1, 0, 1, 0, ["fast"]), histogram.Excluded);
        Assert.Equal("hours", histogram.Value.Unit);
        // Strictly below 4 hours: 3.9 met, 4 and 4.5 breached.
        Assert.Equal(
            [new PeriodDayCount(new DateOnly(2026, 1, 1), 5, 31, 1, 1), new PeriodDayCount(new DateOnly(2026, 1, 1), 7, 31, 0, 1)],
            days.Value);
    }

    [Theory]
    [InlineData("2026-03-01 14:05:00", "2026-03-01 14:35:00")]
    [InlineData("2026-03-01T14:05", "2026-03-01T14:35")]
    [InlineData("2026-03-01 14:05:00.250", "2026-03-01 14:35:00.250")]
    [InlineData(" 2026-03-01 14:05 ", "2026-03-01 14:35")]
    [InlineData("2026-03-01", "2026-03-01 00:30")]
    public void DurationHistogram_IsoForms_AreRead(string start, string end)
    {
        using var source = Open(_folder.Write("iso.csv", $"s,e\n{start},{end}\n"));

        var histogram = source.DurationHistogram(new CaseMapping(240) { Start = "s", End = "e" });

        Assert.True(histogram.Succeeded, string.Join("; ", histogram.Problems));
        Assert.Equal([new DurationCount(30, 1)], histogram.Value!.Value.Counts);
    }

    [Fact]
    public void PeriodDayCounts_Quarter_CountsDaysFromTheQuarterStart()
    {
        using var source = Open(_folder.Write("q.csv", "s,e\n2026-05-01 08:00,2026-05-01 09:00\n2026-12-31 08:00,2026-12-31 09:00\n"));

        var counts = source.PeriodDayCounts(new CaseMapping(240) { Start = "s", End = "e", Period = CasePeriod.Quarter }).Value!.Value;

        // 1 May is day 31 of April–June (30 days of April before it), a 91-day quarter; 31 December is day 92 of 92.
        Assert.Equal([new PeriodDayCount(new DateOnly(2026, 4, 1), 31, 91, 1, 0), new PeriodDayCount(new DateOnly(2026, 10, 1), 92, 92, 1, 0)], counts);
    }

    [Fact]
    public void Open_MalformedCsv_IsAProblemNotACrash()
    {
        var loaded = CaseSource.Open(_folder.Write("ragged.csv", "s,e\n2026-03-01 08:00,2026-03-01 09:00,extra,more\n\"unclosed\n"));

        Assert.StartsWith("not a readable CSV file:", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationHistogram_RaggedRowPastTheSniffedSample_IsAProblemNotACrash()
    {
        // DuckDB sniffs the first 20,480 rows when the file is opened; a bad row after them only shows when a query reads it.
        var text = new System.Text.StringBuilder("s,e\n");
        for (var i = 0; i < 30_000; i++)
        {
            text.Append("2026-03-01 08:00,2026-03-01 09:00\n");
        }

        text.Append("2026-03-01 08:00,2026-03-01 09:00,extra,more\n");
        using var source = Open(_folder.Write("ragged.csv", text.ToString()));

        var histogram = source.DurationHistogram(new CaseMapping(240) { Start = "s", End = "e" });

        Assert.False(histogram.Succeeded);
        Assert.StartsWith("the file cannot be read:", Assert.Single(histogram.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SemicolonsAndQuotedHeader_AreRead()
    {
        using var source = Open(_folder.Write("eu.csv", "\"start; time\";end\n2026-03-01 08:00;2026-03-01 09:00\n"));

        var histogram = source.DurationHistogram(new CaseMapping(240) { Start = "start; time", End = "end" }).Value!;

        Assert.Equal(["start; time", "end"], source.Columns.Select(c => c.Name));
        Assert.Equal([new DurationCount(60, 1)], histogram.Value.Counts);
    }

    [Fact]
    public void DurationHistogram_PathWithApostrophe_IsRead()
    {
        var log = CaseLog.Generate(20, dirty: false);
        using var source = Open(log.WriteCsv(_folder, "o'brien's cases.csv"));

        Assert.Equal(log.ExpectedHistogram(), source.DurationHistogram(Timed).Value!.Value.Counts);
    }

    [Fact]
    public void DurationHistogram_FormatThatFitsNothing_SaysSoWithExamples()
    {
        using var source = Open(_folder.Write("f.csv", "s,e\n2026-03-01 08:00,2026-03-01 09:00\n"));

        var loaded = source.DurationHistogram(new CaseMapping(240) { Start = "s", End = "e", TimestampFormat = "%d.%m.%Y" });

        Assert.Contains(loaded.Problems, p => p.Message.Contains("the timestamp format given is '%d.%m.%Y'", StringComparison.Ordinal)
            && p.Message.Contains("'2026-03-01 08:00'", StringComparison.Ordinal));
    }

    [Fact]
    public void DurationHistogram_InvalidFormat_IsAProblemNamingIt()
    {
        using var source = Open(_folder.Write("f.csv", "s,e\n2026-03-01 08:00,2026-03-01 09:00\n"));

        var loaded = source.DurationHistogram(new CaseMapping(240) { Start = "s", End = "e", TimestampFormat = "%Q %" });

        Assert.StartsWith("the timestamp format '%Q %' is not valid", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodDayCounts_NoEndColumn_IsAProblem()
    {
        using var source = Open(_folder.Write("d.csv", "m\n5\n"));

        var loaded = source.PeriodDayCounts(new CaseMapping(240) { Duration = "m" });

        Assert.Equal("end", Assert.Single(loaded.Problems).Field);
    }

    [Fact]
    public void Open_EmptyFile_IsAProblem()
    {
        var loaded = CaseSource.Open(_folder.Write("empty.csv", string.Empty));

        Assert.Equal("the file is empty", Assert.Single(loaded.Problems).Message);
    }

    [Fact]
    public void DurationHistogram_HeaderOnly_IsEmpty()
    {
        using var source = Open(_folder.Write("header.csv", "arrived,left,disposal\n"));

        var summary = source.DurationHistogram(Timed).Value!;

        Assert.Empty(summary.Value.Counts);
        Assert.Equal(0, summary.Counted);
    }

    [Fact]
    public void Open_UnknownExtension_IsAProblem()
    {
        var loaded = CaseSource.Open(_folder.Write("cases.xls", "x"));

        Assert.Contains(".parquet or .xlsx", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_Xlsx_ReadDateCellsAndNumbers()
    {
        var start = new DateTime(2026, 5, 4, 8, 0, 0);
        var path = _folder.Workbook("cases.xlsx", [
            new() { ["arrived"] = start, ["left"] = start.AddMinutes(250), ["minutes"] = 250d, ["disposal"] = "A" },
            new() { ["arrived"] = start, ["left"] = start.AddMinutes(12.5), ["minutes"] = 12.5d, ["disposal"] = "B" },
            new() { ["arrived"] = start, ["left"] = start.AddMinutes(-3), ["minutes"] = null, ["disposal"] = "B" },
        ]);
        using var source = Open(path);

        var timed = source.DurationHistogram(Timed).Value!;
        var recorded = source.DurationHistogram(new CaseMapping(240) { Duration = "minutes" }).Value!;
        var categories = source.PeriodCategoryCounts(Timed).Value!;

        Assert.Equal([new DurationCount(12, 1), new DurationCount(250, 1)], timed.Value.Counts);
        Assert.Equal(1, timed.Excluded.EndBeforeStart);
        Assert.Equal(timed.Value.Counts, recorded.Value.Counts);
        Assert.Equal(1, recorded.Excluded.Missing);
        Assert.Equal([new PeriodCategoryCount(new DateOnly(2026, 5, 1), "A", 0, 1), new PeriodCategoryCount(new DateOnly(2026, 5, 1), "B", 1, 0)], categories.Value);
    }

    [Fact]
    public void ReadNumbers_SkipsAndCountsBlanksAndText()
    {
        using var source = Open(_folder.Write("n.csv", "v\n1.5\n\n2\nn/a\n-3\nNaN\n"));

        var column = source.ReadNumbers("V").Value!;

        Assert.Equal([1.5, 2, -3], column.Values);
        Assert.Equal(1, column.Nulls);
        Assert.Equal(2, column.Invalid);
        Assert.Equal(["n/a", "NaN"], column.InvalidExamples);
    }

    [Fact]
    public void StreamNumbers_SmallBatches_DeliverEveryValueInOrder()
    {
        var text = "v\n" + string.Join('\n', Enumerable.Range(1, 10)) + "\n";
        using var source = Open(_folder.Write("n.csv", text));
        var batches = new List<double[]>();

        source.StreamNumbers("v", batch => batches.Add(batch.ToArray()), batchSize: 4);

        Assert.Equal([4, 4, 2], batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), batches.SelectMany(b => b));
    }

    [Fact]
    public void WholeValueCounts_CountsFloorsInTheEngine()
    {
        using var source = Open(_folder.Write("n.csv", "age\n30\n30.7\n31\n\nx\n"));

        var counts = source.WholeValueCounts("age").Value!;

        Assert.Equal([new Goodhart.Statistics.Digits.ValueCount(30, 2), new Goodhart.Statistics.Digits.ValueCount(31, 1)], counts);
    }

    private static CaseSource Open(string path)
    {
        var loaded = CaseSource.Open(path);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }
}
