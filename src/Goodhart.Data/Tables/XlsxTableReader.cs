using System.Globalization;
using System.Xml;
using Goodhart.Input;
using MiniExcelLibs;

namespace Goodhart.Data.Tables;

/// <summary>
/// A worksheet read with MiniExcel. MiniExcel returns every row from A1 on, empty ones included, so the
/// position in its sequence is the Excel row number. Cells keep their type: numbers, dates, text.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly string[] _keys;
    private readonly Cell[] _cells;

    private XlsxTableReader(string source, IReadOnlyList<string> columns, IEnumerator<IDictionary<string, object?>> rows, string[] keys, int headerRow)
        : base(source, columns)
    {
        _rows = rows;
        _keys = keys;
        _cells = new Cell[keys.Length];
        RowNumber = headerRow;
    }

    public static (TableReader? Reader, InputProblem? Problem) Open(string path, string source, string? sheet)
    {
        IEnumerator<IDictionary<string, object?>>? rows = null;
        try
        {
            var sheets = MiniExcel.GetSheetNames(path);
            if (sheets.Count == 0)
            {
                return (null, new InputProblem(source, 0, string.Empty, "the workbook has no sheets"));
            }

            if (sheet is not null && !sheets.Contains(sheet))
            {
                var match = sheets.Where(s => string.Equals(s, sheet, StringComparison.OrdinalIgnoreCase)).ToList();
                if (match.Count != 1)
                {
                    return (null, new InputProblem(source, 0, string.Empty, $"the workbook has no sheet named '{sheet}'; its sheets are: {string.Join(", ", sheets)}"));
                }

                sheet = match[0];
            }

            rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet ?? sheets[0])
                .Cast<IDictionary<string, object?>>()
                .GetEnumerator();

            // Leading empty rows are skipped; the first row with anything in it is the header.
            var row = 0;
            while (rows.MoveNext())
            {
                row++;
                var values = rows.Current;
                if (values.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                // Columns run to the last named header cell.
                var keys = values.Keys.ToArray();
                var last = Array.FindLastIndex(keys, k => Format(values[k]).Length > 0);
                keys = keys[..(last + 1)];
                var columns = keys.Select(k => Format(values[k])).ToArray();
                var problem = HeaderProblem(columns);
                if (problem is not null)
                {
                    rows.Dispose();
                    return (null, new InputProblem(source, row, string.Empty, problem));
                }

                return (new XlsxTableReader(source, columns, rows, keys, row), null);
            }

            rows.Dispose();
            return (null, new InputProblem(source, 0, string.Empty, "the sheet is empty"));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or KeyNotFoundException or FormatException or NotSupportedException)
        {
            rows?.Dispose();
            return (null, new InputProblem(source, 0, string.Empty, $"not a readable .xlsx workbook: {e.Message}"));
        }
    }

    public override bool Read()
    {
        try
        {
            while (_rows.MoveNext())
            {
                RowNumber++;
                var values = _rows.Current;
                var blank = true;
                for (var i = 0; i < _keys.Length; i++)
                {
                    _cells[i] = values.TryGetValue(_keys[i], out var value) ? Cell.Of(value) : default;
                    blank &= _cells[i].Kind == CellKind.Empty;
                }

                if (!blank)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or FormatException)
        {
            Problem = new InputProblem(Source, RowNumber, string.Empty, $"the workbook cannot be read from here on: {e.Message}");
        }

        return false;
    }

    public override TableCell GetCell(int column)
    {
        var cell = _cells[column];
        return new TableCell(cell.Kind, cell.Text, cell.Number, cell.Date);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string Format(object? value) => Cell.Of(value).Text ?? string.Empty;

    private readonly record struct Cell(CellKind Kind, string? Text, double Number, DateTime Date)
    {
        public static Cell Of(object? value) => value switch
        {
            null => default,
            string s when string.IsNullOrWhiteSpace(s) => default,
            string s => new Cell(CellKind.Text, s.Trim(), 0, default),
            double d => new Cell(CellKind.Number, d.ToString("R", CultureInfo.InvariantCulture), d, default),
            DateTime t => new Cell(CellKind.Date, t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), 0, t),
            bool b => new Cell(CellKind.Text, b ? "TRUE" : "FALSE", 0, default),
            IConvertible c when c.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal =>
                Of(c.ToDouble(CultureInfo.InvariantCulture)),
            _ => Of(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }
}
