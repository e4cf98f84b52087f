using System.Globalization;

namespace Goodhart.Web.Series;

/// <summary>Checks one typed value against the series it is added to; every problem is named by its field.</summary>
public static class SeriesPointValidator
{
    /// <summary>The point, or every problem by field name (<c>Period</c>, <c>Value</c>, <c>Denominator</c>).</summary>
    /// <param name="input">What was typed.</param>
    /// <param name="existing">The series as stored.</param>
    public static (SeriesPoint? Point, Dictionary<string, string[]> Errors) Validate(SeriesPointInput input, IReadOnlyList<SeriesPoint> existing)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new Dictionary<string, string[]>();
        DateOnly period = default;
        var periodText = input.Period?.Trim() ?? "";
        if (periodText.Length == 0)
        {
            errors[nameof(SeriesPointInput.Period)] = ["Give the period's date, as yyyy-mm-dd (e.g. 2026-11-01)."];
        }
        else if (!DateOnly.TryParseExact(periodText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out period))
        {
            errors[nameof(SeriesPointInput.Period)] = [$"'{periodText}' is not a date; write it as yyyy-mm-dd (e.g. 2026-11-01)."];
        }
        else if (existing.Any(p => p.Period == period))
        {
            errors[nameof(SeriesPointInput.Period)] = [$"The series already has a value for {period:yyyy-MM-dd}; a period holds one value."];
        }

        var value = ReadNumber(input.Value, nameof(SeriesPointInput.Value), "value", required: true, errors);
        var denominator = ReadNumber(input.Denominator, nameof(SeriesPointInput.Denominator), "denominator", required: false, errors);
        if (denominator is <= 0)
        {
            errors[nameof(SeriesPointInput.Denominator)] = [$"The denominator is {denominator.Value.ToString(CultureInfo.InvariantCulture)}; a denominator must be above 0."];
        }

        if (existing.Count > 0 && !errors.ContainsKey(nameof(SeriesPointInput.Denominator)))
        {
            var seriesHas = existing[0].Denominator is not null;
            if (seriesHas && denominator is null)
            {
                errors[nameof(SeriesPointInput.Denominator)] = ["The series has a denominator for every period; give this one too."];
            }
            else if (!seriesHas && denominator is not null)
            {
                errors[nameof(SeriesPointInput.Denominator)] = ["The series has no denominators; leave this empty."];
            }
        }

        return errors.Count == 0 ? (new SeriesPoint(period, value!.Value, denominator), errors) : (null, errors);
    }

    private static double? ReadNumber(string? text, string field, string what, bool required, Dictionary<string, string[]> errors)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            if (required)
            {
                errors[field] = [$"Give the {what}, a number such as 42 or 3.5."];
            }

            return null;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors[field] = [$"'{trimmed}' is not a number; write the {what} with digits and a decimal point (e.g. 3.5)."];
        return null;
    }
}
