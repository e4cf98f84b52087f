using Goodhart.Data.Spc.Funnel;
using Goodhart.Data.Tests.Support;
using Goodhart.Input;
using Goodhart.Spc.Funnel;

namespace Goodhart.Data.Tests.Spc.Funnel;

public sealed class UnitTableReaderTests : IDisposable
{
    private static readonly UnitColumns Columns = new("trust", "deaths", "cases");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Loaded<IReadOnlyList<FunnelUnit>> Read(string text, bool requireProportion = false) =>
        UnitTableReader.Read(_temp.Write("units.csv", text), Columns, requireProportion);

    [Fact]
    public void Read_Units_InFileOrder()
    {
        var loaded = Read("trust,deaths,cases\nB,3,100\nA,5,250.5\n");

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal([new FunnelUnit("B", 3, 100), new FunnelUnit("A", 5, 250.5)], loaded.Value!);
    }

    [Fact]
    public void Read_MissingValueOrDenominator_IsAProblemNotAGap()
    {
        var loaded = Read("trust,deaths,cases\nA,NA,100\nB,1,\n");

        Assert.Equal([(2, "deaths"), (3, "cases")], loaded.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal("the value is missing; every unit on a funnel plot needs one", loaded.Problems[0].Message);
        Assert.Equal("the denominator is missing; every unit on a funnel plot needs one", loaded.Problems[1].Message);
    }

    [Fact]
    public void Read_DuplicateUnit_NamesBothRows()
    {
        var problem = Assert.Single(Read("trust,deaths,cases\nA,1,10\nB,1,10\nA,2,10\n").Problems);

        Assert.Equal((4, "trust"), (problem.Line, problem.Field));
        Assert.Equal("unit A appears twice: rows 2 and 4; give each unit one row", problem.Message);
    }

    [Fact]
    public void Read_DenominatorZero_IsAProblem()
    {
        var problem = Assert.Single(Read("trust,deaths,cases\nA,0,0\n").Problems);

        Assert.Equal((2, "cases", "the denominator is 0; a denominator must be above 0"), (problem.Line, problem.Field, problem.Message));
    }

    [Fact]
    public void Read_NumeratorAboveDenominator_IsAProblemOnlyForProportions()
    {
        const string Text = "trust,deaths,cases\nA,12,10\n";

        var problem = Assert.Single(Read(Text, requireProportion: true).Problems);

        Assert.Equal((2, "deaths"), (problem.Line, problem.Field));
        Assert.Contains("cannot exceed the denominator", problem.Message, StringComparison.Ordinal);
        Assert.True(Read(Text).Succeeded);
    }

    [Fact]
    public void Read_NonNumericValue_NamesTheText()
    {
        var problem = Assert.Single(Read("trust,deaths,cases\nA,three,10\n").Problems);

        Assert.StartsWith("'three' is not a number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_IsAProblem()
    {
        Assert.Equal("the file has a header but no data rows", Assert.Single(Read("trust,deaths,cases\n").Problems).Message);
    }

    [Fact]
    public void Read_UnknownColumn_ListsTheColumns()
    {
        var problem = Assert.Single(UnitTableReader.Read(_temp.Write("u.csv", "unit,deaths,cases\nA,1,2\n"), Columns).Problems);

        Assert.Equal("the unit column 'trust' is not in the file; the columns are: unit, deaths, cases", problem.Message);
    }

    [Fact]
    public void Read_Workbook_NumericUnitCodesAreNames()
    {
        var path = _temp.Workbook("u.xlsx",
        [
            new() { ["trust"] = 101, ["deaths"] = 2, ["cases"] = 50 },
            new() { ["trust"] = "RX1", ["deaths"] = 4.0, ["cases"] = 80 },
        ]);

        var loaded = UnitTableReader.Read(path, Columns);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal([new FunnelUnit("101", 2, 50), new FunnelUnit("RX1", 4, 80)], loaded.Value!);
    }
}
