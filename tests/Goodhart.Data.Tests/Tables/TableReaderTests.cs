using Goodhart.Data.Tables;
using Goodhart.Data.Tests.Support;
using Goodhart.Input;

namespace Goodhart.Data.Tests.Tables;

public sealed class TableReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<(int Row, string[] Cells)> ReadAll(string path, string? sheet = null)
    {
        var opened = TableReader.Open(path, sheet);
        Assert.True(opened.Succeeded, string.Join("\n", opened.Problems));
        using var table = opened.Value!;
        var rows = new List<(int, string[])>();
        while (table.Read())
        {
            var cells = new string[table.Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = table.GetCell(i).Text.ToString();
            }

            rows.Add((table.RowNumber, cells));
        }

        Assert.Null(table.Problem);
        return rows;
    }

    private static InputProblem OpenFails(string path, string? sheet = null)
    {
        var opened = TableReader.Open(path, sheet);
        Assert.False(opened.Succeeded);
        return Assert.Single(opened.Problems);
    }

    [Fact]
    public void Read_QuotedMultiLineFieldAndBlankLines_RowNumbersAreTheLinesWhereRecordsStart()
    {
        // Line 1 header; line 2 a record whose quoted field spans lines 2-3; line 4 blank; line 5 a record.
        var path = _temp.Write("t.csv", "a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,\"x, y\"\r\n");

        var rows = ReadAll(path);

        Assert.Equal([2, 5], rows.Select(r => r.Row));
        Assert.Equal("two\r\nlines", rows[0].Cells[1]);
        Assert.Equal("x, y", rows[1].Cells[1]);
    }

    [Fact]
    public void Open_ByteOrderMark_IsNotPartOfTheFirstColumnName()
    {
        var path = _temp.Write("t.csv", "x,y\n1,2\n", bom: true);

        using var table = TableReader.Open(path).Value!;

        Assert.Equal(["x", "y"], table.Columns);
    }

    [Theory]
    [InlineData("t.csv", "x;y\n1;2,5\n")]
    [InlineData("t.txt", "x\ty\n1\t2,5\n")]
    [InlineData("t.tsv", "x\ty\n1\t2,5\n")]
    public void Open_SemicolonOrTabDelimiter_IsDetectedFromTheHeader(string name, string text)
    {
        var rows = ReadAll(_temp.Write(name, text));

        Assert.Equal(["1", "2,5"], rows.Single().Cells);
    }

    [Fact]
    public void Read_HashAtTheStartOfALine_IsData()
    {
        var rows = ReadAll(_temp.Write("t.csv", "x,y\n#3,1\n"));

        Assert.Equal("#3", rows.Single().Cells[0]);
    }

    [Fact]
    public void Read_ShortRowAndPaddedCells_MissingCellsAreEmptyAndTextIsTrimmed()
    {
        var path = _temp.Write("t.csv", "x,y,z\n 1 ,2\n");

        var opened = TableReader.Open(path);
        using var table = opened.Value!;
        Assert.True(table.Read());

        Assert.Equal("1", table.GetCell(0).Text.ToString());
        Assert.True(table.GetCell(2).IsEmpty);
    }

    [Fact]
    public void Open_UnknownExtension_IsAProblemNamingTheAcceptedOnes()
    {
        var problem = OpenFails(_temp.Write("t.json", "{}"));

        Assert.Equal("t.json", problem.Source);
        Assert.Contains("'.json' files", problem.Message, StringComparison.Ordinal);
        Assert.Contains(".csv, .tsv, .txt or .xlsx", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OldExcelFormat_SaysToSaveAsXlsx()
    {
        Assert.Contains("save the workbook as .xlsx", OpenFails(_temp.Write("t.xls", "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_IsAProblem()
    {
        var problem = OpenFails(Path.Combine(_temp.Path, "nope.csv"));

        Assert.Equal("nope.csv", problem.Source);
        Assert.StartsWith("the file does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void Open_EmptyFile_IsAProblem(string text)
    {
        Assert.Equal("the file is empty", OpenFails(_temp.Write("t.csv", text)).Message);
    }

    [Fact]
    public void Open_FirstRowOfNumbers_SaysTheHeaderIsMissing()
    {
        var problem = OpenFails(_temp.Write("t.csv", "1,2\n3,4\n"));

        Assert.Equal(1, problem.Line);
        Assert.Contains("add a header row", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Workbook_ReadsTypedCellsWithExcelRowNumbers()
    {
        var path = _temp.Workbook("t.xlsx",
        [
            new() { ["when"] = new DateTime(2020, 1, 1), ["value"] = 1.5, ["label"] = "a" },
            new() { ["when"] = null, ["value"] = null, ["label"] = null },
            new() { ["when"] = new DateTime(2020, 2, 1), ["value"] = 3, ["label"] = "b" },
        ]);

        using var table = TableReader.Open(path).Value!;

        Assert.Equal(["when", "value", "label"], table.Columns);
        Assert.True(table.Read());
        Assert.Equal(2, table.RowNumber);
        Assert.Equal(CellKind.Date, table.GetCell(0).Kind);
        Assert.Equal(new DateTime(2020, 1, 1), table.GetCell(0).Date);
        Assert.Equal(CellKind.Number, table.GetCell(1).Kind);
        Assert.Equal(1.5, table.GetCell(1).Number);
        Assert.Equal("a", table.GetCell(2).Text.ToString());
        Assert.True(table.Read());
        Assert.Equal(4, table.RowNumber); // the empty Excel row 3 is skipped
        Assert.False(table.Read());
    }

    [Fact]
    public void Open_WorkbookWithUnknownSheet_ListsTheSheets()
    {
        var path = _temp.Workbook("t.xlsx", [new() { ["x"] = 1 }], sheet: "Data");

        var problem = OpenFails(path, "Other");

        Assert.Equal("the workbook has no sheet named 'Other'; its sheets are: Data", problem.Message);
    }

    [Fact]
    public void Open_NotAWorkbook_IsAProblem()
    {
        var problem = OpenFails(_temp.Write("t.xlsx", "this is not a zip file"));

        Assert.StartsWith("not a readable .xlsx workbook", problem.Message, StringComparison.Ordinal);
    }
}
