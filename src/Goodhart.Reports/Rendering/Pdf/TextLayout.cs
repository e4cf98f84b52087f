using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>
/// Measures, shapes and wraps text for the PDF. Lines break at spaces; a word wider than a whole line
/// is cut between characters (grapheme clusters, so an emoji or an accented letter is never split).
/// Each word is split into runs by font (DejaVu Sans or a fallback) and direction; every run is shaped
/// with HarfBuzz, so Arabic letters join and right-to-left runs come out in visual order. Words within a
/// line are ordered by a simplified bidi algorithm (rule L2 over word-level embedding levels).
/// </summary>
internal sealed partial class TextLayout : IDisposable
{
    private readonly PdfFonts _fonts;
    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> _sizedFonts = [];
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(string Element, TextStyle Style), float> _elementWidths = [];

    public TextLayout(PdfFonts fonts)
    {
        _fonts = fonts;
    }

    /// <summary>The vertical measures of a line set in <paramref name="style"/>.</summary>
    public LineMetrics Metrics(TextStyle style)
    {
        var metrics = Font(_fonts.Face(style.Bold, style.Italic), style.Size).Metrics;
        var ascent = -metrics.Ascent;
        var descent = metrics.Descent;
        var height = Math.Max(style.Size * style.LineSpacing, ascent + descent);
        return new LineMetrics(ascent, descent, height, ((height - ascent - descent) / 2) + ascent);
    }

    /// <summary>
    /// Wraps <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>. Line breaks
    /// in the text are kept (an empty line stays an empty line); runs of spaces count as one.
    /// </summary>
    public IReadOnlyList<TextLine> Wrap(string? text, TextStyle style, float maxWidth)
    {
        var clean = TextSanitizer.Clean(text);
        var rtl = FirstStrong(clean) == Direction.Rtl;
        var space = Font(_fonts.Face(style.Bold, style.Italic), style.Size).MeasureText(" ");
        var lines = new List<TextLine>();
        foreach (var hardLine in clean.Split('\n'))
        {
            var current = new List<Word>();
            var width = 0f;
            foreach (var token in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = ShapeWord(token, style);
                if (word.Width > maxWidth)
                {
                    if (current.Count > 0)
                    {
                        lines.Add(Compose(current, rtl, space, endsInsideWord: false));
                        current = [];
                    }

                    var pieces = BreakWord(token, style, maxWidth);
                    for (var i = 0; i < pieces.Count - 1; i++)
                    {
                        lines.Add(Compose([pieces[i]], rtl, space, endsInsideWord: true));
                    }

                    current.Add(pieces[^1]);
                    width = pieces[^1].Width;
                    continue;
                }

                var needed = current.Count == 0 ? word.Width : width + space + word.Width;
                if (current.Count > 0 && needed > maxWidth)
                {
                    lines.Add(Compose(current, rtl, space, endsInsideWord: false));
                    current = [word];
                    width = word.Width;
                }
                else
                {
                    current.Add(word);
                    width = needed;
                }
            }

            lines.Add(Compose(current, rtl, space, endsInsideWord: false));
        }

        return lines;
    }

    /// <summary>The text on one line, however wide (line breaks become spaces).</summary>
    public TextLine SingleLine(string? text, TextStyle style) =>
        Wrap(TextSanitizer.SingleLine(text), style, float.PositiveInfinity)[0];

    /// <summary>
    /// The text on one line no wider than <paramref name="maxWidth"/>, cut at a word (or, for one long
    /// word, a character) and ended with an ellipsis when it does not fit.
    /// </summary>
    public TextLine Truncate(string? text, TextStyle style, float maxWidth)
    {
        var whole = SingleLine(text, style);
        if (whole.Width <= maxWidth)
        {
            return whole;
        }

        var ellipsis = SingleLine("…", style).Width;
        var first = Wrap(TextSanitizer.SingleLine(text), style, Math.Max(maxWidth - ellipsis, 1))[0];
        return SingleLine(first.Text + "…", style);
    }

    /// <summary>The widest line of <paramref name="text"/> when nothing wraps.</summary>
    public float NaturalWidth(string? text, TextStyle style) =>
        Wrap(text, style, float.PositiveInfinity).Select(l => l.Width).DefaultIfEmpty(0).Max();

    /// <summary>The widest single word of <paramref name="text"/>.</summary>
    public float LongestWordWidth(string? text, TextStyle style) =>
        TextSanitizer.Clean(text)
            .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => ShapeWord(w, style).Width)
            .DefaultIfEmpty(0)
            .Max();

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in _sizedFonts.Values)
        {
            font.Dispose();
        }

        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _sizedFonts.Clear();
        _shapers.Clear();
    }

    /// <summary>Places words left to right in visual order, one space apart.</summary>
    private static TextLine Compose(List<Word> words, bool rtl, float space, bool endsInsideWord)
    {
        var order = VisualOrder(words.Select(w => w.Direction).ToList(), rtl);
        var spans = new List<GlyphSpan>();
        var x = 0f;
        for (var i = 0; i < order.Length; i++)
        {
            if (i > 0)
            {
                x += space;
            }

            var word = words[order[i]];
            spans.AddRange(word.Spans.Select(s => s with { X = s.X + x }));
            x += word.Width;
        }

        return new TextLine(string.Join(' ', words.Select(w => w.Text)), spans, x, rtl, endsInsideWord);
    }

    /// <summary>Cuts a word that is wider than a line into pieces that each fit.</summary>
    private List<Word> BreakWord(string token, TextStyle style, float maxWidth)
    {
        var elements = TextElements(token);
        var pieces = new List<Word>();
        var start = 0;
        while (start < elements.Count)
        {
            // Estimate with plain advances, then correct with the shaped width.
            var end = start;
            var estimate = 0f;
            while (end < elements.Count)
            {
                var width = ElementWidth(elements[end], style);
                if (end > start && estimate + width > maxWidth)
                {
                    break;
                }

                estimate += width;
                end++;
            }

            var piece = ShapeWord(string.Concat(elements.Skip(start).Take(end - start)), style);
            while (piece.Width > maxWidth && end - start > 1)
            {
                end--;
                piece = ShapeWord(string.Concat(elements.Skip(start).Take(end - start)), style);
            }

            pieces.Add(piece);
            start = end;
        }

        return pieces;
    }

    private float ElementWidth(string element, TextStyle style)
    {
        if (!_elementWidths.TryGetValue((element, style), out var width))
        {
            var face = _fonts.Resolve(char.ConvertToUtf32(element, 0), IsEmoji(element), style.Bold, style.Italic);
            width = Font(face, style.Size).MeasureText(element);
            _elementWidths[(element, style)] = width;
        }

        return width;
    }

    /// <summary>Splits a word into runs by typeface and direction, shapes each, and orders them visually.</summary>
    private Word ShapeWord(string text, TextStyle style)
    {
        var runs = new List<(StringBuilder Text, SKTypeface Face, Direction Direction)>();
        foreach (var element in TextElements(text))
        {
            var codePoint = char.ConvertToUtf32(element, 0);
            var face = _fonts.Resolve(codePoint, IsEmoji(element), style.Bold, style.Italic);
            var direction = Classify(codePoint);
            if (runs.Count > 0)
            {
                var last = runs[^1];
                if (ReferenceEquals(last.Face, face) && (direction == Direction.Neutral || last.Direction == Direction.Neutral || last.Direction == direction))
                {
                    last.Text.Append(element);
                    if (last.Direction == Direction.Neutral)
                    {
                        runs[^1] = (last.Text, face, direction);
                    }

                    continue;
                }
            }

            runs.Add((new StringBuilder(element), face, direction));
        }

        var spans = runs.Select(r => Shape(r.Text.ToString(), r.Face, style.Size)).ToList();
        var directions = runs.Select(r => r.Direction).ToList();
        var wordDirection = directions.FirstOrDefault(d => d != Direction.Neutral, Direction.Neutral);
        var order = VisualOrder(directions, wordDirection == Direction.Rtl);
        var placed = new List<GlyphSpan>(spans.Count);
        var x = 0f;
        foreach (var index in order)
        {
            placed.Add(spans[index] with { X = x });
            x += spans[index].Width;
        }

        return new Word(text, placed, x, wordDirection);
    }

    private GlyphSpan Shape(string text, SKTypeface face, float size)
    {
        if (!_shapers.TryGetValue(face, out var shaper))
        {
            shaper = new SKShaper(face);
            _shapers[face] = shaper;
        }

        var result = shaper.Shape(text, Font(face, size));
        var glyphs = new ushort[result.Codepoints.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = (ushort)result.Codepoints[i];
        }

        return new GlyphSpan(text, face, 0, result.Width, glyphs, result.Points, result.Clusters);
    }

    private SKFont Font(SKTypeface face, float size)
    {
        if (!_sizedFonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face, size) { Subpixel = true, LinearMetrics = true };
            _sizedFonts[(face, size)] = font;
        }

        return font;
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    /// <summary>A word: its logical text, its spans placed left to right from 0, its width and direction.</summary>
    private sealed record Word(string Text, IReadOnlyList<GlyphSpan> Spans, float Width, Direction Direction);
}
