using System.Text;

namespace Goodhart.Reports.Rendering.Pdf;

/// <content>Direction of characters and the visual order of runs (a simplified Unicode bidi algorithm).</content>
internal sealed partial class TextLayout
{
    /// <summary>The strong direction of a character, or neutral (digits, spaces, punctuation, symbols).</summary>
    internal enum Direction
    {
        Neutral,
        Ltr,
        Rtl,
    }

    /// <summary>Right-to-left for Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms; left-to-right for other letters.</summary>
    internal static Direction Classify(int codePoint)
    {
        if (codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
        {
            return Direction.Rtl;
        }

        return Rune.IsValid(codePoint) && Rune.IsLetter(new Rune(codePoint)) ? Direction.Ltr : Direction.Neutral;
    }

    /// <summary>The direction of the first strongly directional character (the HTML <c>dir="auto"</c> rule).</summary>
    internal static Direction FirstStrong(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var direction = Classify(rune.Value);
            if (direction != Direction.Neutral)
            {
                return direction;
            }
        }

        return Direction.Neutral;
    }

    /// <summary>
    /// The visual order of items with the given directions in a paragraph of the given base direction:
    /// result[k] is the logical index of the item shown k-th from the left. Levels follow rules W/N/I of
    /// UAX #9 at item granularity (a neutral between two items of one direction takes it, else the
    /// paragraph's), then rule L2 reverses runs from the highest level down to the lowest odd one.
    /// </summary>
    internal static int[] VisualOrder(IReadOnlyList<Direction> directions, bool rtl)
    {
        var count = directions.Count;
        var baseLevel = rtl ? 1 : 0;
        var levels = new int[count];
        for (var i = 0; i < count; i++)
        {
            var direction = directions[i];
            if (direction == Direction.Neutral)
            {
                var before = Strong(directions, i, -1);
                var after = Strong(directions, i, +1);
                direction = before == after ? before : Direction.Neutral;
            }

            levels[i] = direction switch
            {
                Direction.Rtl => 1,
                Direction.Ltr => rtl ? 2 : 0,
                _ => baseLevel,
            };
        }

        var order = Enumerable.Range(0, count).ToArray();
        var highest = count == 0 ? 0 : levels.Max();
        for (var level = highest; level >= 1; level--)
        {
            var k = 0;
            while (k < count)
            {
                if (levels[order[k]] < level)
                {
                    k++;
                    continue;
                }

                var end = k;
                while (end < count && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, k, end - k);
                k = end;
            }
        }

        return order;
    }

    private static Direction Strong(IReadOnlyList<Direction> directions, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < directions.Count; i += step)
        {
            if (directions[i] != Direction.Neutral)
            {
                return directions[i];
            }
        }

        return Direction.Neutral;
    }

    /// <summary>
    /// Whether a grapheme should be drawn from a colour emoji font: it carries the emoji variation
    /// selector U+FE0F, or its first character has default emoji presentation (Unicode Emoji_Presentation).
    /// </summary>
    internal static bool IsEmoji(string element)
    {
        if (element.Contains('\uFE0F', StringComparison.Ordinal))
        {
            return true;
        }

        var c = char.ConvertToUtf32(element, 0);
        return c is (>= 0x1F000 and <= 0x1FAFF)
            or 0x231A or 0x231B or (>= 0x23E9 and <= 0x23EC) or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE
            or 0x2614 or 0x2615 or (>= 0x2648 and <= 0x2653) or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB
            or 0x26BD or 0x26BE or 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5
            or 0x26FA or 0x26FD or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C or 0x274E
            or (>= 0x2753 and <= 0x2755) or 0x2757 or (>= 0x2795 and <= 0x2797) or 0x27B0 or 0x27BF
            or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55;
    }
}
