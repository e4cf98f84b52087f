using System.Globalization;
using System.Text;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as CommonMark with GitHub-flavoured tables. User text is
/// escaped so it renders literally; charts become a table with text bars. The output is
/// deterministic: LF line endings and exactly one trailing newline, so it can be compared byte for byte.
/// </summary>
public static class MarkdownRenderer
{
    private const char BarGlyph = '█';
    private const int BarCells = 20;

    /// <summary>Renders <paramref name="document"/> as Markdown.</summary>
    /// <param name="document">The report to render.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = new List<string> { "# " + MarkdownText.SingleLine(document.Title) };
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            parts.Add(MarkdownText.Lines(document.Subtitle, wrap: "*"));
        }

        // Two lists in a row with the same marker would merge into one; alternating the marker keeps them apart.
        var marker = '-';
        var previousWasList = false;
        foreach (var block in document.Blocks ?? [])
        {
            var isList = block is BulletList or KeyValueList;
            marker = isList && previousWasList ? (marker == '-' ? '*' : '-') : '-';
            previousWasList = isList;
            var part = block switch
            {
                Heading heading => RenderHeading(heading),
                Paragraph paragraph => RenderParagraph(paragraph),
                BulletList list => RenderBullets(list, marker),
                KeyValueList pairs => RenderPairs(pairs, marker),
                Table table => RenderTable(table.Columns ?? [], table.Rows ?? [], table.NumericColumns ?? []),
                Callout callout => RenderCallout(callout),
                ChartBlock chart => RenderChart(chart),
                _ => throw new NotSupportedException($"No Markdown form for block type {block?.GetType().Name ?? "null"}."),
            };
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        if (!string.IsNullOrWhiteSpace(document.Footer))
        {
            parts.Add("---");
            parts.Add(MarkdownText.Lines(document.Footer, wrap: "*"));
        }

        return string.Join("\n\n", parts) + "\n";
    }

    private static string RenderHeading(Heading heading)
    {
        var text = MarkdownText.SingleLine(heading.Text);
        return text.Length == 0 ? string.Empty : new string('#', Math.Clamp(heading.Level, 1, 3) + 1) + " " + text;
    }

    private static string RenderParagraph(Paragraph paragraph)
    {
        var text = TextSanitizer.Clean(paragraph.Text);
        // A blank line inside the text separates paragraphs, as it does in Markdown itself.
        var chunks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraph.Style switch
        {
            ParagraphStyle.Quote => string.Join("\n>\n", chunks.Select(c => "> " + MarkdownText.Lines(c, "> "))),
            ParagraphStyle.Note => string.Join("\n\n", chunks.Select(c => MarkdownText.Lines(c, wrap: "*"))),
            _ => string.Join("\n\n", chunks.Select(c => MarkdownText.Lines(c))),
        };
    }

    private static string RenderBullets(BulletList list, char marker) =>
        string.Join("\n", (list.Items ?? []).Select(item => (marker + " " + MarkdownText.Lines(item, "  ")).TrimEnd()));

    private static string RenderPairs(KeyValueList pairs, char marker) =>
        string.Join("\n", (pairs.Pairs ?? []).Select(pair =>
        {
            var key = MarkdownText.SingleLine(pair.Key);
            var value = MarkdownText.Lines(pair.Value, "  ", firstAtLineStart: false);
            var line = key.Length == 0 ? marker + " " + value : marker + " **" + key + ":** " + value;
            return line.TrimEnd();
        }));

    private static string RenderTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> numericColumns)
    {
        if (columns.Count == 0)
        {
            return string.Empty;
        }

        var numeric = new HashSet<int>(numericColumns);
        var table = new StringBuilder();
        AppendRow(table, columns, columns.Count);
        table.Append("\n|");
        for (var c = 0; c < columns.Count; c++)
        {
            table.Append(numeric.Contains(c) ? " ---: |" : " --- |");
        }

        foreach (var row in rows)
        {
            table.Append('\n');
            AppendRow(table, row ?? [], columns.Count);
        }

        return table.ToString();
    }

    private static void AppendRow(StringBuilder table, IReadOnlyList<string> cells, int count)
    {
        table.Append('|');
        for (var c = 0; c < count; c++)
        {
            var text = c < cells.Count ? MarkdownText.Cell(cells[c]) : string.Empty;
            table.Append(' ').Append(text).Append(text.Length == 0 ? "|" : " |");
        }
    }

    private static string RenderCallout(Callout callout)
    {
        var lines = new List<string>();
        var title = MarkdownText.SingleLine(callout.Title);
        if (title.Length > 0)
        {
            lines.Add("> **" + title + "**");
        }

        var text = MarkdownText.Lines(callout.Text, "> ");
        if (text.Length > 0)
        {
            if (lines.Count > 0)
            {
                lines.Add(">");
            }

            lines.Add("> " + text);
        }

        return string.Join("\n", lines);
    }

    private static string RenderChart(ChartBlock chart)
    {
        var parts = new List<string>();
        switch (chart.Chart)
        {
            case ProfileChartSpec profile:
                parts.Add(RenderProfile(profile));
                if (profile.Bands.Count > 0)
                {
                    parts.Add("Bands: " + string.Join(
                        ", ",
                        profile.Bands.Select(b => MarkdownText.SingleLine(b.Label) + " " + Number(b.From) + "–" + Number(b.To))) + ".");
                }

                break;
            case FindingChartSpec:
                // The numbers behind the chart are in the evidence table beside it; Markdown has no way to draw it.
                parts.Add("*(The chart is drawn in the HTML and PDF reports.)*");
                break;
            default:
                throw new NotSupportedException($"No Markdown form for chart type {chart.Chart?.GetType().Name ?? "null"}.");
        }

        var caption = MarkdownText.Lines(chart.Caption, wrap: "*");
        if (caption.Length > 0)
        {
            parts.Add(caption);
        }

        return string.Join("\n\n", parts);
    }

    private static string RenderProfile(ProfileChartSpec profile)
    {
        var withRange = profile.Bars.Any(b => b.Low is not null && b.High is not null);
        var columns = withRange ? new[] { "Dimension", "Score", "0–100", "Range" } : ["Dimension", "Score", "0–100"];
        var rows = profile.Bars.Select(bar =>
        {
            var value = double.IsNaN(bar.Value) ? 0 : Math.Clamp(bar.Value, 0, 100);
            var cells = (int)Math.Round(value * BarCells / 100, MidpointRounding.AwayFromZero);
            var row = new List<string> { bar.Label, Number(value), new(BarGlyph, cells) };
            if (withRange)
            {
                row.Add(bar.Low is double low && bar.High is double high ? Number(Math.Min(low, high)) + "–" + Number(Math.Max(low, high)) : string.Empty);
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        return RenderTable(columns, rows, [1]);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
