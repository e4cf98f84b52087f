using System.Text;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// Cleans user text before any renderer sees it: one kind of line break, no control characters
/// (they are invalid in HTML and XML and invisible in a PDF), no null strings.
/// </summary>
internal static class TextSanitizer
{
    /// <summary>
    /// Returns <paramref name="text"/> with CR LF and CR turned into LF, tabs into spaces, other
    /// control characters (C0, DEL, C1) and unpaired surrogates removed, and trailing line breaks trimmed.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c == '\n')
            {
                builder.Append(c);
            }
            else if (char.IsControl(c))
            {
                // dropped: C0/C1 controls have no visible form and break XML
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (!char.IsLowSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd('\n', ' ');
    }

    /// <summary>Like <see cref="Clean"/>, and every line break becomes a single space (for table cells).</summary>
    public static string SingleLine(string? text) => Clean(text).Replace('\n', ' ');
}
