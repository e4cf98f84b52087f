using System.Globalization;
using System.Text;
using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// Charted series as CSV: one row per point (<see cref="WritePoints"/>) or one row per series
/// (<see cref="WriteSummary"/>). Numbers are written in the invariant culture in their shortest round-trip form;
/// a missing number is an empty cell, never <c>NaN</c>. Rows end with LF. Fields are quoted as RFC 4180 says
/// (a field holding a comma, a quote or a line break is wrapped in quotes and its quotes doubled).
/// </summary>
/// <remarks>
/// Text from users (series names and label periods) that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// a tab or a carriage return gets a leading apostrophe, so a spreadsheet opening the file shows it as text
/// instead of running it as a formula (OWASP, "CSV injection"). Numbers and dates are never changed, so a
/// negative value stays a number.
/// </remarks>
public static class SpcCsv
{
    /// <summary>The header of <see cref="WritePoints"/>.</summary>
    public const string PointsHeader = "series,x,value,cl,lcl,ucl,signal,rules,kind,phase,lcl2,ucl2,numerator,denominator";

    /// <summary>The header of <see cref="WriteSummary"/>.</summary>
    public const string SummaryHeader = "series,n,cl,lcl,ucl,variation,assurance,false_alarm_probability";

    // Every combination of rule flags joined once, so a row costs no join.
    private static readonly string[] JoinedRules = [.. Enumerable.Range(0, 64).Select(mask => SpcRuleIds.Join((SpcRule)mask))];

    /// <summary>
    /// Writes the header and one row per point of every series: the plotted value, the centre line and 3-sigma
    /// limits, whether the point is part of a signal, the ids of the rules it broke (separated by <c>;</c>), the
    /// signal kind (<c>improvement</c>, <c>concern</c>, <c>neutral</c>, or an empty cell), the 0-based phase, the
    /// 2-sigma lines, and the numerator and denominator as given.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The charted series, in the order to write them.</param>
    public static void WritePoints(TextWriter writer, IReadOnlyList<SpcResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.Write(PointsHeader);
        writer.Write('\n');
        var row = new StringBuilder(256);
        // Limits repeat from point to point within a phase: format each distinct one once.
        var centre = new RepeatedNumber();
        var lower = new RepeatedNumber();
        var upper = new RepeatedNumber();
        var lower2 = new RepeatedNumber();
        var upper2 = new RepeatedNumber();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            var name = Field(result.Name);
            var points = result.Points;
            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                row.Clear();
                row.Append(name).Append(',');
                AppendKey(row, p.Key);
                row.Append(',');
                AppendNumber(row, p.Value);
                row.Append(',');
                centre.Append(row, p.Centre);
                row.Append(',');
                lower.Append(row, p.Lower);
                row.Append(',');
                upper.Append(row, p.Upper);
                row.Append(p.IsSignal ? ",true," : ",false,");
                row.Append(JoinedRules[(int)p.Rules & 63]);
                row.Append(',').Append(SpcTexts.SignalKindId(p.Signal)).Append(',');
                AppendInteger(row, p.Phase);
                row.Append(',');
                lower2.Append(row, p.Lower2);
                row.Append(',');
                upper2.Append(row, p.Upper2);
                row.Append(',');
                AppendNumber(row, p.Numerator);
                row.Append(',');
                AppendNumber(row, p.Denominator);
                row.Append('\n');
                writer.Write(row);
            }
        }
    }

    /// <summary>
    /// Writes the header and one row per series: how many points have a value, the centre line and limits of
    /// the last point with a value, the variation and assurance verdicts as ids (empty when not judged), and the
    /// false-alarm probability rounded to 3 decimals (empty when not estimated).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The charted series, in the order to write them.</param>
    public static void WriteSummary(TextWriter writer, IReadOnlyList<SpcResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.Write(SummaryHeader);
        writer.Write('\n');
        var row = new StringBuilder(128);
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            var last = result.LastValue;
            row.Clear();
            row.Append(Field(result.Name)).Append(',');
            AppendInteger(row, result.ValueCount);
            row.Append(',');
            AppendNumber(row, last?.Centre);
            row.Append(',');
            AppendNumber(row, last?.Lower);
            row.Append(',');
            AppendNumber(row, last?.Upper);
            row.Append(',').Append(SpcTexts.VariationId(result.Variation));
            row.Append(',').Append(SpcTexts.AssuranceId(result.Assurance)).Append(',');
            AppendNumber(row, result.FalseAlarm is { } f ? Math.Round(f.Probability, 3, MidpointRounding.AwayFromZero) : null);
            row.Append('\n');
            writer.Write(row);
        }
    }

    /// <summary>A user's text as one CSV field: formula-guarded, then quoted if it needs to be.</summary>
    internal static string Field(string? text)
    {
        text ??= string.Empty;
        var guarded = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return guarded;
        }

        return "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendKey(StringBuilder row, SpcKey key)
    {
        if (key.IsNumber)
        {
            AppendNumber(row, key.Number);
        }
        else if (key.IsDate)
        {
            Span<char> buffer = stackalloc char[16];
            key.Date!.Value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            row.Append(buffer[..written]);
        }
        else
        {
            row.Append(Field(key.ToString()));
        }
    }

    private static void AppendNumber(StringBuilder row, double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return;
        }

        // The default format of double is the shortest text that parses back to the same value ("R").
        Span<char> buffer = stackalloc char[32];
        v.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        row.Append(buffer[..written]);
    }

    private static void AppendInteger(StringBuilder row, int value)
    {
        Span<char> buffer = stackalloc char[12];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        row.Append(buffer[..written]);
    }

    /// <summary>The text of the last number written in a column, reused while the number repeats.</summary>
    private sealed class RepeatedNumber
    {
        private double _last = double.NaN;
        private string _text = string.Empty;

        public void Append(StringBuilder row, double? value)
        {
            if (value is not { } v || !double.IsFinite(v))
            {
                return;
            }

            if (BitConverter.DoubleToInt64Bits(v) != BitConverter.DoubleToInt64Bits(_last))
            {
                _last = v;
                _text = v.ToString(CultureInfo.InvariantCulture);
            }

            row.Append(_text);
        }
    }
}
