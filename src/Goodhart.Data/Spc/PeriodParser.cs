using System.Globalization;
using System.Runtime.CompilerServices;
using Goodhart.Data.Tables;
using Goodhart.Spc;

namespace Goodhart.Data.Spc;

/// <summary>
/// Turns x cells into period keys. The first non-empty value decides the kind for the whole file (date, number
/// or label) and every later value must be of that kind; a date format, when given, makes every value a date.
/// </summary>
internal sealed class PeriodParser(string? dateFormat)
{
    public const string IsoForms = "yyyy-MM-dd, yyyy-MM (the first of the month), yyyy/MM/dd or yyyy-MM-ddTHH:mm[:ss]";

    private int _firstRow;

    public PeriodKind Kind { get; private set; } = dateFormat is null ? PeriodKind.Undecided : PeriodKind.Date;

    /// <returns><c>null</c> with the key, or the reason the cell is not a period of this file's kind.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? TryRead(TableCell cell, int row, out SpcKey key)
    {
        key = default;
        if (cell.IsEmpty)
        {
            return "the period is empty; every row needs one";
        }

        if (Kind == PeriodKind.Undecided)
        {
            Kind = Decide(cell);
            _firstRow = row;
        }

        switch (Kind)
        {
            case PeriodKind.Date:
                if (TryDate(cell, out var date))
                {
                    key = SpcKey.Of(date);
                    return null;
                }

                return dateFormat is null
                    ? $"'{CellNumber.Shown(cell.Text)}' is not a date; the periods are dates (the first, in row {_firstRow}, is one), so each must be written {IsoForms}"
                    : $"'{CellNumber.Shown(cell.Text)}' is not a date in the format {dateFormat}";
            case PeriodKind.Number:
                if (TryNumber(cell, out var number))
                {
                    key = SpcKey.Of(number);
                    return null;
                }

                return $"'{CellNumber.Shown(cell.Text)}' is not a number; the periods are numbers (the first, in row {_firstRow}, is one), so each must be a number such as 3 or 2024.5";
            default:
                key = SpcKey.Of(cell.Text.ToString());
                return null;
        }
    }

    private PeriodKind Decide(TableCell cell) =>
        TryDate(cell, out _) ? PeriodKind.Date
        : TryNumber(cell, out _) ? PeriodKind.Number
        : PeriodKind.Label;

    private bool TryDate(TableCell cell, out DateOnly date)
    {
        switch (cell.Kind)
        {
            case CellKind.Date:
                date = DateOnly.FromDateTime(cell.Date);
                return true;
            case CellKind.Text when dateFormat is not null:
                var ok = DateTime.TryParseExact(cell.Text, dateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed);
                date = DateOnly.FromDateTime(parsed);
                return ok;
            case CellKind.Text:
                return TryIsoDate(cell.Text, out date);
            default:
                date = default;
                return false;
        }
    }

    private static bool TryNumber(TableCell cell, out double number)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                number = cell.Number;
                return true;
            case CellKind.Text:
                return double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>
    /// The ISO forms, parsed by position rather than with <c>DateTime.TryParseExact</c>, which is several times
    /// slower and the x column is parsed once per row. A time of day is checked for shape and dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 7 || !TryDigits(text[..4], out var year))
        {
            return false;
        }

        var separator = text[4];
        if (separator is not ('-' or '/') || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var day = 1;
        if (text.Length == 7)
        {
            // yyyy-MM means the month; yyyy/MM is not a form we accept.
            if (separator != '-')
            {
                return false;
            }
        }
        else
        {
            if (text.Length < 10 || text[7] != separator || !TryDigits(text.Slice(8, 2), out day)
                || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            if (text.Length > 10 && (separator != '-' || !IsTime(text[10..])))
            {
                return false;
            }
        }

        if (year < 1)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // THH:mm, THH:mm:ss, optionally fractional seconds; a space may stand for the T.
    private static bool IsTime(ReadOnlySpan<char> time) =>
        time.Length >= 6
        && time[0] is 'T' or ' '
        && TryDigits(time.Slice(1, 2), out var hour) && hour < 24
        && time[3] == ':' && TryDigits(time.Slice(4, 2), out var minute) && minute < 60
        && (time.Length == 6
            || (time.Length >= 9 && time[6] == ':' && TryDigits(time.Slice(7, 2), out var second) && second < 60
                && (time.Length == 9 || (time[9] == '.' && time.Length > 10 && IsDigits(time[10..])))));

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => TryDigits(text, out _) && text.Length <= 7;
}
