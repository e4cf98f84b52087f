using System.Globalization;
using System.Runtime.CompilerServices;

namespace Goodhart.Data.Tables;

/// <summary>Reads a number out of a cell: invariant culture, with the usual spellings of "missing".</summary>
internal static class CellNumber
{
    /// <summary>The forms accepted, for messages.</summary>
    public const string Accepted = "expected a number such as 12, 0.75 or 1e3 ('.' for decimals, no thousands separators), or an empty cell, NA, N/A, NaN, null or - for a missing value";

    public static bool IsMissing(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || text.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || text.Equals("N/A", StringComparison.OrdinalIgnoreCase)
        || text.Equals("NaN", StringComparison.OrdinalIgnoreCase)
        || text.Equals("null", StringComparison.OrdinalIgnoreCase)
        || text is "-";

    /// <summary>Parses a cell as a number.</summary>
    /// <returns><c>null</c> when the value is a number or missing (<paramref name="value"/> <c>null</c>), otherwise the reason it is not.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? TryRead(TableCell cell, out double? value)
    {
        value = null;
        switch (cell.Kind)
        {
            case CellKind.Empty:
                return null;
            case CellKind.Number:
                value = cell.Number;
                return null;
            case CellKind.Date:
                return $"'{cell.Text}' is a date; {Accepted}";
        }

        var text = cell.Text;
        if (IsMissing(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (double.IsFinite(number))
            {
                value = number;
                return null;
            }

            return $"'{Shown(text)}' is not a finite number; {Accepted}";
        }

        if (text.Contains(',')
            && (double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
                || double.TryParse(text, NumberStyles.Float, CultureInfo.GetCultureInfo("de-DE"), out _)))
        {
            return $"'{Shown(text)}' has a comma in it; write numbers without thousands separators and with '.' as the decimal point (1234 or 1.5), or save the file with those settings";
        }

        return $"'{Shown(text)}' is not a number; {Accepted}";
    }

    /// <summary>A number as written in a message: the shortest invariant form that reads back the same.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The text cut to a length that reads well in a message.</summary>
    public static string Shown(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");
}
