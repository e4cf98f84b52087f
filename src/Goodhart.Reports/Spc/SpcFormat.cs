using System.Globalization;

namespace Goodhart.Reports.Spc;

/// <summary>Numbers for people: axis labels and table cells.</summary>
internal static class SpcFormat
{
    /// <summary>A value for a table or label: up to three decimals, or a percentage with one; empty when missing.</summary>
    public static string Value(double? value, SpcValueFormat format)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return string.Empty;
        }

        return format == SpcValueFormat.Percent
            ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : Math.Abs(v) >= 1000 ? v.ToString("#,0.#", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>A probability as a whole percentage, e.g. <c>23%</c>; empty when missing.</summary>
    public static string Probability(double? probability) =>
        probability is { } p && double.IsFinite(p) ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty;
}
