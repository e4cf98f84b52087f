using System.Globalization;
using System.Text;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Funnel;

/// <summary>
/// A funnel plot as CSV, one row per unit:
/// <c>unit,numerator,denominator,rate,z,lower95,upper95,lower998,upper998,band,signal</c>. Rates and limits are
/// multiplied by the options' multiplier (e.g. per 10,000); <c>z</c> is the z-score after any over-dispersion
/// adjustment, the one the band reflects. Invariant culture, LF line ends.
/// </summary>
public static class FunnelCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "unit,numerator,denominator,rate,z,lower95,upper95,lower998,upper998,band,signal";

    /// <summary>Writes the units of <paramref name="result"/> as CSV text, header first.</summary>
    /// <param name="result">The funnel.</param>
    public static string Write(FunnelResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Options.Multiplier;
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var u in result.Units)
        {
            csv.Append(Field(u.Name)).Append(',')
                .Append(Number(u.Numerator)).Append(',')
                .Append(Number(u.Denominator)).Append(',')
                .Append(Number(u.Rate * m)).Append(',')
                .Append(Number(u.AdjustedZ)).Append(',')
                .Append(Number(u.Limits.Lower95 * m)).Append(',')
                .Append(Number(u.Limits.Upper95 * m)).Append(',')
                .Append(Number(u.Limits.Lower998 * m)).Append(',')
                .Append(Number(u.Limits.Upper998 * m)).Append(',')
                .Append(FunnelTexts.BandCode(u.Band)).Append(',')
                .Append(FunnelTexts.SignalCode(u.Signal)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>A number that reads back exactly; empty when it is not finite.</summary>
    internal static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// A text field, quoted when it holds a comma, quote or line break (RFC 4180), and prefixed with an apostrophe
    /// when it starts like a spreadsheet formula, so opening the file cannot run one.
    /// </summary>
    internal static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
