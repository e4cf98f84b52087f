using System.Text;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// Escapes user text for CommonMark/GFM so that it renders as the literal text: no headings, lists,
/// emphasis, links, tables, strikethrough, code, HTML or entities can come out of what a user typed.
/// </summary>
/// <remarks>
/// Characters that act anywhere in a line (<c>\ ` * _ [ ] &lt; &gt; | ~ # &amp;</c>) are always
/// backslash-escaped; CommonMark allows a backslash before any ASCII punctuation and renders it as the
/// character itself (spec 0.31, section 2.4), and GFM treats <c>\|</c> as a literal pipe inside table
/// cells. Characters that act only at the start of a line (<c>- + =</c>, and <c>.</c> or <c>)</c> after
/// leading digits) are escaped there. Leading and trailing spaces are trimmed, since four leading
/// spaces start a code block and two trailing spaces make a line break.
/// </remarks>
internal static class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_[]<>|~#&";

    /// <summary>Escapes one line of text (it must not contain line breaks).</summary>
    /// <param name="line">The text.</param>
    /// <param name="lineStart">
    /// Whether the text starts a Markdown line; when it follows other text (a table cell, a value after
    /// a bold label) the characters that act only at a line start are left alone.
    /// </param>
    public static string Line(string line, bool lineStart = true)
    {
        var text = line.Trim();
        var builder = new StringBuilder(text.Length + 8);
        var leadingDigits = 0;
        while (leadingDigits < text.Length && char.IsAsciiDigit(text[leadingDigits]))
        {
            leadingDigits++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (lineStart && i == 0 && c is '-' or '+' or '=')
                || (lineStart && i == leadingDigits && leadingDigits > 0 && c is '.' or ')');
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes text that may hold line breaks: each non-blank line is escaped, optionally wrapped in
    /// <paramref name="wrap"/> (an emphasis marker), and the lines are joined with a CommonMark hard
    /// line break (a backslash at the end of the line) followed by <paramref name="continuation"/>.
    /// Blank lines are dropped, so the result stays one paragraph, list item or table-free line.
    /// </summary>
    public static string Lines(string? text, string continuation = "", string wrap = "", bool firstAtLineStart = true)
    {
        var lines = TextSanitizer.Clean(text)
            .Split('\n')
            .Select((l, i) => Line(l, lineStart: i > 0 || firstAtLineStart))
            .Where(l => l.Length > 0)
            .Select(l => wrap + l + wrap);
        return string.Join("\\\n" + continuation, lines);
    }

    /// <summary>Escapes text for a single line (headings, table cells): line breaks become spaces.</summary>
    public static string SingleLine(string? text) => Line(TextSanitizer.SingleLine(text));

    /// <summary>Escapes text for a table cell: one line, never at the start of a Markdown line.</summary>
    public static string Cell(string? text) => Line(TextSanitizer.SingleLine(text), lineStart: false);
}
