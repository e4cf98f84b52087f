using SkiaSharp;

namespace Goodhart.Reports.Tests.Support;

/// <summary>Checks for the fonts the PDF tests rely on, with a message that says how to get them.</summary>
internal static class InstalledFonts
{
    /// <summary>Fails the test unless a colour emoji font (Noto Color Emoji) is installed.</summary>
    public static void RequireEmoji() =>
        Assert.True(
            SKFontManager.Default.FontFamilies.Any(f => f.Contains("Emoji", StringComparison.OrdinalIgnoreCase)),
            "No colour emoji font is installed: run ./test.sh, which installs fonts-noto-color-emoji.");
}
