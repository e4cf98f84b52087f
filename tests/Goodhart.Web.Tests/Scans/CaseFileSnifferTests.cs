using System.IO.Compression;
using System.Text;
using Goodhart.Data.Simulation;
using Goodhart.Simulation;
using Goodhart.Web.Scans;

namespace Goodhart.Web.Tests.Scans;

/// <summary>The kind of an upload comes from its bytes; the name it was sent under plays no part.</summary>
public sealed class CaseFileSnifferTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("goodhart-sniff-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Detect_Utf8Table_IsText()
    {
        var path = Write("cases.bin", Encoding.UTF8.GetBytes("id;arrivée;left\n1;2026-01-01 10:00;2026-01-01 13:00\n"));

        Assert.Equal(CaseFileKind.Text, CaseFileSniffer.Detect(path));
    }

    [Fact]
    public void Detect_LongTextCutInsideACharacter_IsStillText()
    {
        // 64 KiB is sampled: 65,535 ASCII bytes then 'é' (two bytes) puts the cut between its bytes.
        var bytes = Encoding.UTF8.GetBytes(new string('a', 65_535) + "é\n" + "b,c\n");

        Assert.Equal(CaseFileKind.Text, CaseFileSniffer.Detect(Write("long.csv", bytes)));
    }

    [Fact]
    public void Detect_ParquetFromTheWriter_IsParquetWhateverItsName()
    {
        var parquet = Path.Combine(_folder.FullName, "cases.parquet");
        CaseLogWriter.Write(parquet, new CaseLogSimulator(new SimulationSettings(20, 1)).Cases());
        var renamed = Path.Combine(_folder.FullName, "cases.csv");
        File.Move(parquet, renamed);

        Assert.Equal(CaseFileKind.Parquet, CaseFileSniffer.Detect(renamed));
    }

    [Fact]
    public void Detect_Workbook_IsXlsx()
    {
        var path = Path.Combine(_folder.FullName, "book.dat");
        MiniExcelLibs.MiniExcel.SaveAs(path, new[] { new Dictionary<string, object> { ["id"] = 1, ["left"] = "2026-01-01 13:00" } }, excelType: MiniExcelLibs.ExcelType.XLSX);

        Assert.Equal(CaseFileKind.Xlsx, CaseFileSniffer.Detect(path));
    }

    [Fact]
    public void Detect_ZipWithoutAWorkbook_IsUnknown()
    {
        var path = Path.Combine(_folder.FullName, "fake.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        Assert.Equal(CaseFileKind.Unknown, CaseFileSniffer.Detect(path));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xFF })] // a PDF's start, with a NUL
    [InlineData(new byte[] { 0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00 })] // UTF-16 text
    [InlineData(new byte[] { 0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 6, 7, 8, 9 })] // PAR1 at the start only
    [InlineData(new byte[] { 0xC3, 0x28, 0x0A })] // not UTF-8
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A })] // only blanks
    public void Detect_OtherBytes_IsUnknown(byte[] bytes)
    {
        Assert.Equal(CaseFileKind.Unknown, CaseFileSniffer.Detect(Write("cases.csv", bytes)));
    }
}
