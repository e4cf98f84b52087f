using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// The colours of the five tones, shared by every format so a severe callout is the same red in the
/// HTML page, the PDF and the chart. Each tone has a strong colour (bars, borders, text accents) and a
/// light tint (box and band backgrounds) that keeps black text readable (contrast above 12:1).
/// </summary>
internal static class TonePalette
{
    /// <summary>The strong colour of <paramref name="tone"/> as <c>#rrggbb</c>.</summary>
    public static string Strong(Tone tone) => tone switch
    {
        Tone.Low => "#2e7d32",
        Tone.Moderate => "#c98a00",
        Tone.High => "#e0620b",
        Tone.Severe => "#c62828",
        _ => "#6b7280",
    };

    /// <summary>The light tint of <paramref name="tone"/> as <c>#rrggbb</c>.</summary>
    public static string Tint(Tone tone) => tone switch
    {
        Tone.Low => "#e8f5e9",
        Tone.Moderate => "#fff6d6",
        Tone.High => "#ffeadb",
        Tone.Severe => "#fde7e7",
        _ => "#f1f3f5",
    };

    /// <summary>The CSS class suffix of <paramref name="tone"/> (<c>low</c>, <c>severe</c>, …).</summary>
    public static string Name(Tone tone) => tone switch
    {
        Tone.Low => "low",
        Tone.Moderate => "moderate",
        Tone.High => "high",
        Tone.Severe => "severe",
        _ => "neutral",
    };

    /// <summary>Parses a <c>#rrggbb</c> colour into its red, green and blue bytes.</summary>
    public static (byte R, byte G, byte B) Rgb(string hex) =>
        (Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));
}
