using System.Collections.Concurrent;
using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>
/// The typefaces of the PDF: DejaVu Sans in four styles, and for each character DejaVu lacks (emoji,
/// CJK, …) another installed font that has it. Typefaces are shared and never disposed.
/// </summary>
internal sealed class PdfFonts
{
    /// <summary>The body font family.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<PdfFonts> SharedFonts = new(() => new PdfFonts(SKFontManager.Default));

    private readonly SKFontManager _manager;
    private readonly SKTypeface[] _faces;
    private readonly ConcurrentDictionary<(int CodePoint, int Style, bool Emoji), SKTypeface?> _fallbacks = new();
    private readonly Lazy<IReadOnlyList<string>> _families;

    private PdfFonts(SKFontManager manager)
    {
        _manager = manager;
        var regular = Load(SKFontStyle.Normal, "regular", bold: false, italic: false);
        var bold = Load(SKFontStyle.Bold, "bold", bold: true, italic: false);
        var italic = Load(SKFontStyle.Italic, "oblique", bold: false, italic: true);
        // Bold oblique is optional: bold is a fine stand-in.
        var boldItalic = TryLoad(SKFontStyle.BoldItalic, bold: true, italic: true) ?? bold;
        _faces = [regular, italic, bold, boldItalic];
        _families = new(() => _manager.FontFamilies
            .Where(f => !string.Equals(f, Family, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The fonts of this machine; throws <see cref="InvalidOperationException"/> if DejaVu Sans is missing.</summary>
    public static PdfFonts Shared => SharedFonts.Value;

    /// <summary>DejaVu Sans in the given style.</summary>
    public SKTypeface Face(bool bold, bool italic) => _faces[(bold ? 2 : 0) + (italic ? 1 : 0)];

    /// <summary>
    /// The typeface to draw <paramref name="codePoint"/> with: DejaVu Sans when it has the glyph (unless
    /// the character should look like an emoji and a colour emoji font has it), else the first installed
    /// font that has it, else DejaVu Sans (which draws its missing-glyph box).
    /// </summary>
    public SKTypeface Resolve(int codePoint, bool emoji, bool bold, bool italic)
    {
        var primary = Face(bold, italic);
        if (!emoji && primary.ContainsGlyph(codePoint))
        {
            return primary;
        }

        var style = (bold ? 2 : 0) + (italic ? 1 : 0);
        return _fallbacks.GetOrAdd((codePoint, style, emoji), key => FindFallback(key.CodePoint, key.Emoji, bold, italic)) ?? primary;
    }

    private SKTypeface? FindFallback(int codePoint, bool emoji, bool bold, bool italic)
    {
        var style = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        if (emoji)
        {
            foreach (var family in _families.Value.Where(f => f.Contains("Emoji", StringComparison.OrdinalIgnoreCase)))
            {
                if (Match(family, style, codePoint) is { } face)
                {
                    return face;
                }
            }
        }

        // Another style of DejaVu first (the oblique face has no Arabic, the regular one has).
        foreach (var face in _faces)
        {
            if (face.ContainsGlyph(codePoint))
            {
                return face;
            }
        }

        // The platform's own fallback (fontconfig); builds without it return null.
        var matched = _manager.MatchCharacter(Family, style, null, codePoint);
        if (matched is not null && matched.ContainsGlyph(codePoint))
        {
            return matched;
        }

        foreach (var family in _families.Value)
        {
            if (Match(family, style, codePoint) is { } face)
            {
                return face;
            }
        }

        return null;
    }

    private SKTypeface? Match(string family, SKFontStyle style, int codePoint)
    {
        var face = _manager.MatchFamily(family, style);
        return face is not null && face.ContainsGlyph(codePoint) ? face : null;
    }

    private SKTypeface Load(SKFontStyle style, string name, bool bold, bool italic) =>
        TryLoad(style, bold, italic) ?? throw new InvalidOperationException(
            $"The PDF renderer needs the font '{Family}' ({name}), which is not installed on this machine. " +
            "Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core fontconfig) and try again.");

    private SKTypeface? TryLoad(SKFontStyle style, bool bold, bool italic)
    {
        var face = _manager.MatchFamily(Family, style);
        if (face is null || !string.Equals(face.FamilyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var isBold = face.FontWeight >= (int)SKFontStyleWeight.SemiBold;
        var isItalic = face.FontSlant != SKFontStyleSlant.Upright;
        return isBold == bold && isItalic == italic ? face : null;
    }
}
