using System.Text;
using MiniExcelLibs;

namespace Goodhart.Data.Tests.Support;

/// <summary>A fresh folder per test for the files it writes; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "goodhart-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes text as UTF-8 without a byte-order mark, exactly as given (line endings included).</summary>
    public string Write(string name, string text, bool bom = false)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    /// <summary>Writes a workbook with MiniExcel: each row a column-name-to-value map (values keep their types).</summary>
    public string Workbook(string name, IEnumerable<Dictionary<string, object?>> rows, string sheet = "Sheet1")
    {
        var path = System.IO.Path.Combine(Path, name);
        MiniExcel.SaveAs(path, rows, sheetName: sheet, overwriteFile: true);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test; the temp folder is cleaned by the system.
        }
    }
}
