using Goodhart.Input;

namespace Goodhart.Data.Tables;

/// <summary>
/// Reads a user's table (CSV, TSV or XLSX) a row at a time: the header's column names, then each row's cells
/// with the row number the user sees in their editor (the CSV line number counting the header as line 1, or
/// the Excel row number). Rows whose cells are all empty are skipped.
/// </summary>
public abstract class TableReader : IDisposable
{
    private protected TableReader(string source, IReadOnlyList<string> columns)
    {
        Source = source;
        Columns = columns;
    }

    /// <summary>The file name, used to locate problems.</summary>
    public string Source { get; }

    /// <summary>The column names from the header row, trimmed, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The row number of the current row: the line where the record starts (CSV) or the Excel row.</summary>
    public int RowNumber { get; private protected set; }

    /// <summary>Set when <see cref="Read"/> stopped early because the file is malformed (e.g. an unclosed quote).</summary>
    public InputProblem? Problem { get; private protected set; }

    /// <summary>Moves to the next row that has at least one non-empty cell.</summary>
    /// <returns>Whether there was one; <c>false</c> at the end of the table or when <see cref="Problem"/> is set.</returns>
    public abstract bool Read();

    /// <summary>The cell of the current row in a column; empty when the row is shorter than the header.</summary>
    /// <param name="column">The 0-based column index into <see cref="Columns"/>.</param>
    public abstract TableCell GetCell(int column);

    /// <summary>
    /// Opens a table by its extension: <c>.csv</c>, <c>.txt</c> (delimiter detected from the header: comma,
    /// semicolon, tab or pipe), <c>.tsv</c> (tab), or <c>.xlsx</c> (the first sheet, or <paramref name="sheet"/>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="sheet">For workbooks, the sheet to read; <c>null</c> for the first.</param>
    /// <returns>The open reader (dispose it), or the problem: unknown extension, missing, unreadable or empty file, no header.</returns>
    public static Loaded<TableReader> Open(string path, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var source = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".tsv" or ".txt" or ".xlsx"))
        {
            var hint = extension is ".xls" ? "; save the workbook as .xlsx" : string.Empty;
            var shown = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
            return Fail(source, $"cannot read {shown}; expected .csv, .tsv, .txt or .xlsx{hint}");
        }

        if (!File.Exists(path))
        {
            return Fail(source, Directory.Exists(path) ? "is a folder, not a file" : $"the file does not exist ({Path.GetFullPath(path)})");
        }

        try
        {
            if (new FileInfo(path).Length == 0)
            {
                return Fail(source, "the file is empty");
            }

            var (reader, problem) = extension == ".xlsx"
                ? XlsxTableReader.Open(path, source, sheet)
                : CsvTableReader.Open(path, source, extension == ".tsv" ? '\t' : null);
            return reader is not null ? Loaded<TableReader>.Ok(reader) : Loaded<TableReader>.Failed([problem!]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(source, $"the file cannot be read: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Checks a header: at least one named column, and not a row of numbers (a file without a header).</summary>
    private protected static string? HeaderProblem(IReadOnlyList<string> columns)
    {
        if (columns.Count == 0)
        {
            return "the file is empty";
        }

        if (columns.All(c => c.Length == 0))
        {
            return "the file has no header row; the first row must name the columns";
        }

        if (columns.All(c => c.Length > 0 && double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return $"the first row ({string.Join(", ", columns)}) holds numbers, not column names; add a header row that names the columns";
        }

        return null;
    }

    private static Loaded<TableReader> Fail(string source, string message) =>
        Loaded<TableReader>.Failed([new InputProblem(source, 0, string.Empty, message)]);
}
