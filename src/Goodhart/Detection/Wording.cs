using System.Globalization;

namespace Goodhart.Detection;

/// <summary>Numbers as the sentences of findings show them: invariant culture, rounded to what the data can support.</summary>
internal static class Wording
{
    public static string Count(double value) => Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    public static string Units(long value, string unit) => $"{value.ToString(CultureInfo.InvariantCulture)} {unit}";

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A difference of two shares in percentage points, to one decimal (e.g. "6.2 percentage points").</summary>
    public static string Points(double points) => points.ToString("0.0", CultureInfo.InvariantCulture) + " percentage points";

    /// <summary>The caveat for cases the data layer left out before counting, or <c>null</c> when there were none.</summary>
    public static string? Excluded(long excluded, string noun) => excluded > 0
        ? $"{Count(excluded)} {noun} were left out before counting (end before start, negative or implausible durations, unreadable times); if they are many, check how durations are recorded before reading this finding."
        : null;
}
