using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>
/// A shaped run of text in one typeface and one direction: glyphs with their positions (visual order,
/// left to right, relative to <see cref="X"/>), and the source text with UTF-8 cluster offsets so the
/// PDF keeps the real characters (for search and copy) even for shaped Arabic.
/// </summary>
/// <param name="Text">The characters, in logical order.</param>
/// <param name="Typeface">The typeface the glyphs belong to.</param>
/// <param name="X">Left edge within the line.</param>
/// <param name="Width">Advance width.</param>
/// <param name="Glyphs">Glyph ids.</param>
/// <param name="Positions">Glyph origins relative to the span's left edge and the baseline.</param>
/// <param name="Clusters">For each glyph, the UTF-8 byte offset in <paramref name="Text"/> it came from.</param>
internal sealed record GlyphSpan(string Text, SKTypeface Typeface, float X, float Width, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters);
