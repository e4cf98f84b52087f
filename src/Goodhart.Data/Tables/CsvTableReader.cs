using System.Runtime.CompilerServices;
using System.Text;
using Goodhart.Input;
using Sylvan.Data.Csv;

namespace Goodhart.Data.Tables;

/// <summary>
/// A CSV table read with Sylvan. Line numbers are counted from each record's raw text, so a quoted field that
/// spans lines and blank lines (which Sylvan returns as one-field records) keep the count right.
/// </summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly StreamReader _text;
    private readonly CsvDataReader _csv;
    private int _nextLine;

    private CsvTableReader(string source, IReadOnlyList<string> columns, StreamReader text, CsvDataReader csv, int firstDataLine)
        : base(source, columns)
    {
        _text = text;
        _csv = csv;
        _nextLine = firstDataLine;
    }

    public static (TableReader? Reader, InputProblem? Problem) Open(string path, string source, char? delimiter)
    {
        var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            var options = new CsvDataReaderOptions
            {
                // '#' would otherwise start a comment line and a label such as "#3" would vanish.
                Comment = '\0',
                OwnsReader = false,
            };
            if (delimiter is { } d)
            {
                options.Delimiter = d;
            }

            var csv = CsvDataReader.Create(text, options);
            var columns = new string[csv.FieldCount];
            var headerLines = 1;
            for (var i = 0; i < columns.Length; i++)
            {
                var name = csv.GetName(i);
                headerLines += name.AsSpan().Count('\n');
                columns[i] = name.Trim();
            }

            var problem = HeaderProblem(columns);
            if (problem is not null)
            {
                csv.Dispose();
                text.Dispose();
                return (null, new InputProblem(source, 1, string.Empty, problem));
            }

            return (new CsvTableReader(source, columns, text, csv, headerLines + 1), null);
        }
        catch (CsvMissingHeadersException)
        {
            text.Dispose();
            return (null, new InputProblem(source, 0, string.Empty, "the file is empty"));
        }
        catch (CsvFormatException e)
        {
            text.Dispose();
            return (null, new InputProblem(source, 1, string.Empty, $"the header row is not valid CSV: {e.Message}"));
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool Read()
    {
        try
        {
            while (_csv.Read())
            {
                RowNumber = _nextLine;
                _nextLine += _csv.GetRawRecordSpan().Count('\n');
                if (!IsBlank())
                {
                    return true;
                }
            }
        }
        catch (CsvFormatException e)
        {
            Problem = new InputProblem(Source, _nextLine, string.Empty, $"not valid CSV from here on (an unclosed quote?): {e.Message}");
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override TableCell GetCell(int column)
    {
        if (column >= _csv.RowFieldCount)
        {
            return default;
        }

        var text = _csv.GetFieldSpan(column).Trim();
        return text.IsEmpty ? default : new TableCell(CellKind.Text, text);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _csv.Dispose();
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsBlank()
    {
        for (var i = 0; i < _csv.RowFieldCount; i++)
        {
            if (!_csv.GetFieldSpan(i).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
