using System.Globalization;

namespace Goodhart.Detection;

/// <summary>Numbers as the sentences of findings show them: invariant culture, rounded to what the data can support.</summary>
internal static class Wording
{
    public static string Count(double value) => Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    public static string Units(long value, string unit) => $"{value.ToString(CultureInfo.InvariantCulture)} {unit}";

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string P(double p) => p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.0000", CultureInfo.InvariantCulture);
}
