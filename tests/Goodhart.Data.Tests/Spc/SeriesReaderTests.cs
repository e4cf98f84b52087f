using Goodhart.Data.Spc;
using Goodhart.Data.Tests.Support;
using Goodhart.Input;
using Goodhart.Spc;

namespace Goodhart.Data.Tests.Spc;

public sealed class SeriesReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<SpcSeries> Ok(Loaded<IReadOnlyList<SpcSeries>> loaded)
    {
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Value!;
    }

    private static InputProblem Single(Loaded<IReadOnlyList<SpcSeries>> loaded)
    {
        Assert.False(loaded.Succeeded);
        return Assert.Single(loaded.Problems);
    }

    [Fact]
    public void Read_AeType1SharedFile_Gives130SeriesOf36MonthsFromApril2016()
    {
        var series = Ok(SeriesReader.Read(SampleData.PathOf("spc_ae_type1_4hr.csv"), new SeriesColumns("y", "x", "n", "series")));

        Assert.Equal(130, series.Count);
        Assert.Equal("R1F", series[0].Name);
        Assert.All(series, s =>
        {
            Assert.Equal(36, s.Keys.Count);
            Assert.Equal(new DateOnly(2016, 4, 1), s.Keys[0].Date);
            Assert.Equal(new DateOnly(2019, 3, 1), s.Keys[^1].Date);
            Assert.Equal(36, s.Denominators!.Count);
        });

        // The first data row of the file: R1F,2016-04-01,2425,3154.
        Assert.Equal(2425, series[0].Values[0]);
        Assert.Equal(3154, series[0].Denominators![0]);
    }

    [Fact]
    public void Read_NhsAccidentsSharedFile_GivesOneSeriesOf20NamedAfterTheFile()
    {
        var series = Ok(SeriesReader.Read(SampleData.PathOf("qicharts2_nhs_accidents.csv"), new SeriesColumns("r", "i", "n")));

        var only = Assert.Single(series);
        Assert.Equal("qicharts2_nhs_accidents", only.Name);
        Assert.Equal(20, only.Keys.Count);
        Assert.Equal(1, only.Keys[0].Number);
        Assert.Equal(266501, only.Values[0]);
        Assert.Equal(280443, only.Denominators![0]);
    }

    private string Csv(string text, string name = "t.csv") => _temp.Write(name, text);

    [Fact]
    public void Read_MissingValues_KeepTheirPlaceInTime()
    {
        var path = Csv("x,y\n2020-01-01,1\n2020-02-01,\n2020-03-01,NA\n2020-04-01,n/a\n2020-05-01,NaN\n2020-06-01,null\n2020-07-01,-\n2020-08-01,8\n");

        var series = Assert.Single(Ok(SeriesReader.Read(path, new SeriesColumns("y", "x"))));

        Assert.Equal(8, series.Keys.Count);
        Assert.Equal([1, null, null, null, null, null, null, 8], series.Values);
        Assert.Equal(new DateOnly(2020, 2, 1), series.Keys[1].Date);
        Assert.Null(series.Denominators);
    }

    [Theory]
    [InlineData("2020-01-15", 2020, 1, 15)]
    [InlineData("2020-01", 2020, 1, 1)]
    [InlineData("2020/01/15", 2020, 1, 15)]
    [InlineData("2020-01-15T10:30", 2020, 1, 15)]
    [InlineData("2020-01-15T10:30:59", 2020, 1, 15)]
    [InlineData("2020-01-15 10:30:59.123", 2020, 1, 15)]
    public void Read_IsoDateForms_AreDates(string text, int year, int month, int day)
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv($"x,y\n{text},1\n"), new SeriesColumns("y", "x"))));

        Assert.Equal(new DateOnly(year, month, day), series.Keys[0].Date);
    }

    [Theory]
    [InlineData("dd/MM/yyyy", "15/01/2020", "16/02/2020", 2020, 1, 15)]
    [InlineData("MMM-yy", "Jan-20", "Feb-20", 2020, 1, 1)]
    public void Read_DateFormat_OverridesTheIsoForms(string format, string first, string second, int year, int month, int day)
    {
        var path = Csv($"x,y\n{first},1\n{second},2\n");

        var series = Assert.Single(Ok(SeriesReader.Read(path, new SeriesColumns("y", "x"), new SeriesReadOptions(DateFormat: format))));

        Assert.Equal(new DateOnly(year, month, day), series.Keys[0].Date);
        Assert.True(series.Keys[1].IsDate);
    }

    [Fact]
    public void Read_DateFormat_ValueNotInIt_IsAProblemNamingTheFormat()
    {
        var path = Csv("x,y\n15/01/2020,1\n2020-02-16,2\n");

        var problem = Single(SeriesReader.Read(path, new SeriesColumns("y", "x"), new SeriesReadOptions(DateFormat: "dd/MM/yyyy")));

        Assert.Equal(3, problem.Line);
        Assert.Equal("x", problem.Field);
        Assert.Equal("'2020-02-16' is not a date in the format dd/MM/yyyy", problem.Message);
    }

    [Fact]
    public void Read_NumericPeriods_AreNumberKeys()
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv("week,y\n1,5\n2,6\n10,7\n"), new SeriesColumns("y", "week"))));

        Assert.Equal([1.0, 2.0, 10.0], series.Keys.Select(k => k.Number!.Value));
    }

    [Fact]
    public void Read_LabelPeriods_KeepFileOrder()
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv("x,y\nQ3 2024,1\nQ4 2024,2\nQ1 2025,3\n2026,4\n"), new SeriesColumns("y", "x"))));

        Assert.Equal(["Q3 2024", "Q4 2024", "Q1 2025", "2026"], series.Keys.Select(k => k.ToString()));
        Assert.All(series.Keys, k => Assert.False(k.IsDate || k.IsNumber));
    }

    [Fact]
    public void Read_NoXColumn_NumbersThePeriodsWithinEachSeries()
    {
        var path = Csv("s,y\na,1\nb,2\na,3\n");

        var series = Ok(SeriesReader.Read(path, new SeriesColumns("y", Series: "s")));

        Assert.Equal([1.0, 2.0], series[0].Keys.Select(k => k.Number!.Value));
        Assert.Equal([1.0], series[1].Keys.Select(k => k.Number!.Value));
    }

    [Fact]
    public void Read_InterleavedSeries_ComeInOrderOfFirstAppearance()
    {
        var path = Csv("x,s,y\n2020-01-01,zeta,1\n2020-01-01,alpha,2\n2020-02-01,zeta,3\n2020-02-01,alpha,4\n2020-01-01,mid,5\n");

        var series = Ok(SeriesReader.Read(path, new SeriesColumns("y", "x", Series: "s")));

        Assert.Equal(["zeta", "alpha", "mid"], series.Select(s => s.Name));
        Assert.Equal([1.0, 3.0], series[0].Values.Select(v => v!.Value));
        Assert.Equal([2.0, 4.0], series[1].Values.Select(v => v!.Value));
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasCrlfAndBom_AreRead()
    {
        var path = _temp.Write("t.csv", "\"trust\",\"x\",\"y\"\r\n\"Trust, North\",2020-01-01,\"1.5\"\r\n\"Trust, North\",2020-02-01,2\r\n", bom: true);

        var series = Assert.Single(Ok(SeriesReader.Read(path, new SeriesColumns("y", "x", Series: "trust"))));

        Assert.Equal("Trust, North", series.Name);
        Assert.Equal([1.5, 2.0], series.Values.Select(v => v!.Value));
    }

    [Theory]
    [InlineData("t.csv", "x;y;n\n2020-01-01;1;10\n2020-02-01;2;10\n")]
    [InlineData("t.tsv", "x\ty\tn\n2020-01-01\t1\t10\n2020-02-01\t2\t10\n")]
    public void Read_SemicolonAndTabDelimited_AreRead(string name, string text)
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv(text, name), new SeriesColumns("y", "x", "n"))));

        Assert.Equal([10.0, 10.0], series.Denominators!.Select(v => v!.Value));
    }

    [Fact]
    public void Read_ColumnNamesDifferingInCase_AreFound()
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv("Month,Value\n2020-01,1\n"), new SeriesColumns("value", "month"))));

        Assert.Equal(1, series.Values[0]);
    }

    [Fact]
    public void Read_UnknownColumns_EachIsAProblemListingTheColumns()
    {
        var loaded = SeriesReader.Read(Csv("month,value\n2020-01,1\n"), new SeriesColumns("y", "x"));

        Assert.Equal(2, loaded.Problems.Count);
        Assert.Equal("y", loaded.Problems[0].Field);
        Assert.Equal("the y column 'y' is not in the file; the columns are: month, value", loaded.Problems[0].Message);
        Assert.Equal("x", loaded.Problems[1].Field);
    }

    [Fact]
    public void Read_ColumnMatchingSeveralIgnoringCase_AsksForTheExactName()
    {
        var problem = Single(SeriesReader.Read(Csv("Value,VALUE\n1,2\n"), new SeriesColumns("value")));

        Assert.Equal("the y column 'value' matches Value, VALUE when case is ignored; use the exact name", problem.Message);
    }

    [Fact]
    public void Read_TextInTheValueColumn_NamesRowColumnTextAndTheAcceptedForms()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n2020-01-01,1\n2020-02-01,lots\n"), new SeriesColumns("y", "x")));

        Assert.Equal("t.csv", problem.Source);
        Assert.Equal(3, problem.Line);
        Assert.Equal("y", problem.Field);
        Assert.StartsWith("'lots' is not a number; expected a number such as 12", problem.Message, StringComparison.Ordinal);
        Assert.Contains("NA", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThousandsSeparator_ExplainsHowToWriteNumbers()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n2020-01-01,\"1,234\"\n"), new SeriesColumns("y", "x")));

        Assert.Equal(2, problem.Line);
        Assert.StartsWith("'1,234' has a comma in it; write numbers without thousands separators", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Read_DenominatorNotAboveZero_IsAProblem(string n)
    {
        var problem = Single(SeriesReader.Read(Csv($"x,y,n\n2020-01-01,1,10\n2020-02-01,1,{n}\n"), new SeriesColumns("y", "x", "n")));

        Assert.Equal((3, "n"), (problem.Line, problem.Field));
        Assert.Equal($"the denominator is {n}; a denominator must be above 0", problem.Message);
    }

    [Fact]
    public void Read_NegativeNumeratorWithDenominator_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y,n\n2020-01-01,-1,10\n"), new SeriesColumns("y", "x", "n")));

        Assert.Equal((2, "y"), (problem.Line, problem.Field));
        Assert.Contains("cannot be negative", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeValueWithoutDenominator_IsAllowed()
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv("x,y\n1,-3.5\n"), new SeriesColumns("y", "x"))));

        Assert.Equal(-3.5, series.Values[0]);
    }

    [Fact]
    public void Read_NumeratorAboveDenominatorForProportions_IsAProblemSuggestingAUChart()
    {
        var path = Csv("x,y,n\n2020-01-01,11,10\n");

        var problem = Single(SeriesReader.Read(path, new SeriesColumns("y", "x", "n"), new SeriesReadOptions(RequireProportion: true)));
        var asRate = SeriesReader.Read(path, new SeriesColumns("y", "x", "n"));

        Assert.Equal((2, "y"), (problem.Line, problem.Field));
        Assert.Equal("the numerator 11 exceeds its denominator 10; the numerator cannot exceed the denominator on a P chart; use a U chart for rates", problem.Message);
        Assert.True(asRate.Succeeded);
    }

    [Fact]
    public void Read_ProportionsWithoutDenominatorColumn_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n1,1\n"), new SeriesColumns("y", "x"), new SeriesReadOptions(RequireProportion: true)));

        Assert.Contains("need a denominator column", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DateColumnWithANonDate_NamesRowColumnAndTheAcceptedForms()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n2020-01-01,1\n2020-13-01,2\n"), new SeriesColumns("y", "x")));

        Assert.Equal((3, "x"), (problem.Line, problem.Field));
        Assert.Equal("'2020-13-01' is not a date; the periods are dates (the first, in row 2, is one), so each must be written " + PeriodFormsForTests, problem.Message);
    }

    private const string PeriodFormsForTests = "yyyy-MM-dd, yyyy-MM (the first of the month), yyyy/MM/dd or yyyy-MM-ddTHH:mm[:ss]";

    [Fact]
    public void Read_NumberColumnWithALabel_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n1,1\nweek 2,2\n"), new SeriesColumns("y", "x")));

        Assert.Equal((3, "x"), (problem.Line, problem.Field));
        Assert.StartsWith("'week 2' is not a number; the periods are numbers (the first, in row 2, is one)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPeriod_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n2020-01-01,1\n,2\n"), new SeriesColumns("y", "x")));

        Assert.Equal((3, "x", "the period is empty; every row needs one"), (problem.Line, problem.Field, problem.Message));
    }

    [Fact]
    public void Read_DuplicatePeriodInASeries_NamesBothRows()
    {
        var path = Csv("s,x,y\na,2020-01-01,1\nb,2020-01-01,1\na,2020-02-01,2\na,2020-01-01,3\n");

        var problem = Single(SeriesReader.Read(path, new SeriesColumns("y", "x", Series: "s")));

        Assert.Equal((5, "x"), (problem.Line, problem.Field));
        Assert.Equal("period 2020-01-01 appears twice in series a: rows 2 and this one", problem.Message);
    }

    [Fact]
    public void Read_DuplicateLabel_NamesBothRows()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\nMon,1\nTue,2\nMon,3\n"), new SeriesColumns("y", "x")));

        Assert.Equal(4, problem.Line);
        Assert.Equal("period Mon appears twice in the series: rows 2 and this one", problem.Message);
    }

    [Fact]
    public void Read_PeriodsOutOfOrder_NamesThePeriodBeforeAndSaysToSort()
    {
        var path = Csv("x,y\n2020-01-01,1\n2020-03-01,2\n2020-02-01,3\n");

        var problem = Single(SeriesReader.Read(path, new SeriesColumns("y", "x")));

        Assert.Equal((4, "x"), (problem.Line, problem.Field));
        Assert.Equal("period 2020-02-01 comes after 2020-03-01 (row 3); the rows must be in time order, so sort the file by period", problem.Message);
    }

    [Fact]
    public void Read_SeriesWithEveryValueMissing_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("s,y\na,1\nb,NA\nb,\n"), new SeriesColumns("y", Series: "s")));

        Assert.Equal((3, "s"), (problem.Line, problem.Field));
        Assert.Equal("series b has no values: every value is missing", problem.Message);
    }

    [Fact]
    public void Read_HeaderOnly_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("x,y\n\n"), new SeriesColumns("y", "x")));

        Assert.Equal("the file has a header but no data rows", problem.Message);
    }

    [Fact]
    public void Read_EmptySeriesName_IsAProblem()
    {
        var problem = Single(SeriesReader.Read(Csv("s,y\na,1\n,2\n"), new SeriesColumns("y", Series: "s")));

        Assert.Equal((3, "s"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneUpTo20ThenACount()
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"{i},bad\n"));

        var loaded = SeriesReader.Read(Csv("x,y\n" + rows), new SeriesColumns("y", "x"));

        Assert.Equal(21, loaded.Problems.Count);
        Assert.Equal(Enumerable.Range(2, 20), loaded.Problems.Take(20).Select(p => p.Line));
        Assert.Equal("and 5 more problems", loaded.Problems[20].Message);
    }

    [Fact]
    public void Read_ProblemsOfSeveralKinds_AreAllReported()
    {
        var loaded = SeriesReader.Read(Csv("x,y,n\n2020-01-01,x,10\n2020-02-01,1,0\nsoon,1,1\n"), new SeriesColumns("y", "x", "n"));

        Assert.Equal([(2, "y"), (3, "n"), (4, "x")], loaded.Problems.Select(p => (p.Line, p.Field)));
    }

    [Fact]
    public void Read_ProblemAfterAMultiLineQuotedField_HasTheFileLineNumber()
    {
        var problem = Single(SeriesReader.Read(Csv("s,y\n\"a\nb\",1\n\"a\nb\",oops\n"), new SeriesColumns("y", Series: "s")));

        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Read_Workbook_TypedDatesAndNumbers()
    {
        var path = _temp.Workbook("t.xlsx",
        [
            new() { ["month"] = new DateTime(2021, 1, 1), ["events"] = 3, ["cases"] = 40.0 },
            new() { ["month"] = new DateTime(2021, 2, 1), ["events"] = null, ["cases"] = 41.0 },
            new() { ["month"] = new DateTime(2021, 3, 1), ["events"] = "NA", ["cases"] = 42.0 },
            new() { ["month"] = new DateTime(2021, 4, 1), ["events"] = "5", ["cases"] = 43.0 },
        ]);

        var series = Assert.Single(Ok(SeriesReader.Read(path, new SeriesColumns("events", "month", "cases"))));

        Assert.Equal("t", series.Name);
        Assert.Equal(new DateOnly(2021, 3, 1), series.Keys[2].Date);
        Assert.Equal([3, null, null, 5], series.Values);
        Assert.Equal([40.0, 41.0, 42.0, 43.0], series.Denominators!.Select(v => v!.Value));
    }

    [Fact]
    public void Read_WorkbookNamedSheetWithABadCell_NamesTheExcelRow()
    {
        var path = _temp.Workbook("t.xlsx",
        [
            new() { ["x"] = 1, ["y"] = 3 },
            new() { ["x"] = 2, ["y"] = new DateTime(2021, 2, 1) },
        ], sheet: "Weekly");

        var problem = Single(SeriesReader.Read(path, new SeriesColumns("y", "x"), new SeriesReadOptions(Sheet: "weekly")));

        Assert.Equal((3, "y"), (problem.Line, problem.Field));
        Assert.StartsWith("'2021-02-01' is a date;", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsAProblemNotAnException()
    {
        var problem = Single(SeriesReader.Read(Path.Combine(_temp.Path, "gone.csv"), new SeriesColumns("y")));

        Assert.Equal("gone.csv", problem.Source);
    }

    [Fact]
    public void Read_MissingDenominator_KeepsItsPlaceAsAMissingPoint()
    {
        var series = Assert.Single(Ok(SeriesReader.Read(Csv("x,y,n\n1,1,10\n2,2,\n3,3,30\n"), new SeriesColumns("y", "x", "n"))));

        Assert.Equal([10, null, 30], series.Denominators!);
        Assert.Equal(3, series.Keys.Count);
    }

    [Fact]
    public void Read_NumberPeriodsOutOfOrder_SaysToSortBySeriesAndPeriod()
    {
        var problem = Single(SeriesReader.Read(Csv("s,x,y\na,2,1\na,1,2\n"), new SeriesColumns("y", "x", Series: "s")));

        Assert.Equal("period 1 comes after 2 (row 2); the rows must be in time order, so sort the file by series and period", problem.Message);
    }
}
