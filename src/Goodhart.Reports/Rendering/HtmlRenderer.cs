using System.Globalization;
using System.Text;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML5 page: inline CSS (with a print
/// stylesheet for A4), charts as inline SVG, no scripts and no external resources, so the file can be
/// mailed, archived or printed as it is. Every text from the document is HTML-encoded.
/// </summary>
public static partial class HtmlRenderer
{
    private const int ChartWidth = 600;

    /// <summary>Renders <paramref name="document"/> as a complete HTML page.</summary>
    /// <param name="document">The report to render.</param>
    /// <returns>The page, UTF-8 ready, with LF line endings.</returns>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Goodhart\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n<main class=\"report\">\n<header class=\"report-header\">\n")
            .Append("<h1 dir=\"auto\">").Append(Encode(document.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            html.Append("<p class=\"subtitle\" dir=\"auto\">").Append(Encode(document.Subtitle)).Append("</p>\n");
        }

        html.Append("</header>\n");
        var chartNumber = 0;
        foreach (var block in document.Blocks ?? [])
        {
            switch (block)
            {
                case Heading heading:
                    var level = Math.Clamp(heading.Level, 1, 3) + 1;
                    html.Append(CultureInfo.InvariantCulture, $"<h{level} dir=\"auto\">").Append(Encode(heading.Text)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
                    break;
                case Paragraph paragraph:
                    AppendParagraph(html, paragraph);
                    break;
                case BulletList list:
                    html.Append("<ul>\n");
                    foreach (var item in list.Items ?? [])
                    {
                        html.Append("<li dir=\"auto\">").Append(Encode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case KeyValueList pairs:
                    html.Append("<dl class=\"pairs\">\n");
                    foreach (var pair in pairs.Pairs ?? [])
                    {
                        html.Append("<div><dt dir=\"auto\">").Append(Encode(pair.Key)).Append("</dt><dd dir=\"auto\">").Append(Encode(pair.Value)).Append("</dd></div>\n");
                    }

                    html.Append("</dl>\n");
                    break;
                case Table table:
                    AppendTable(html, table);
                    break;
                case Callout callout:
                    html.Append("<aside class=\"callout tone-").Append(TonePalette.Name(callout.Tone)).Append("\">\n")
                        .Append("<p class=\"callout-title\" dir=\"auto\">").Append(Encode(callout.Title)).Append("</p>\n");
                    if (!string.IsNullOrWhiteSpace(callout.Text))
                    {
                        html.Append("<p dir=\"auto\">").Append(Encode(callout.Text)).Append("</p>\n");
                    }

                    html.Append("</aside>\n");
                    break;
                case ChartBlock chart:
                    chartNumber++;
                    AppendChart(html, chart, chartNumber);
                    break;
                default:
                    throw new NotSupportedException($"No HTML form for block type {block?.GetType().Name ?? "null"}.");
            }
        }

        if (!string.IsNullOrWhiteSpace(document.Footer))
        {
            html.Append("<footer class=\"report-footer\" dir=\"auto\">").Append(Encode(document.Footer)).Append("</footer>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendParagraph(StringBuilder html, Paragraph paragraph)
    {
        var text = Encode(paragraph.Text);
        switch (paragraph.Style)
        {
            case ParagraphStyle.Quote:
                html.Append("<blockquote><p dir=\"auto\">").Append(text).Append("</p></blockquote>\n");
                break;
            case ParagraphStyle.Lead:
                html.Append("<p class=\"lead\" dir=\"auto\">").Append(text).Append("</p>\n");
                break;
            case ParagraphStyle.Note:
                html.Append("<p class=\"note\" dir=\"auto\">").Append(text).Append("</p>\n");
                break;
            default:
                html.Append("<p dir=\"auto\">").Append(text).Append("</p>\n");
                break;
        }
    }

    private static void AppendTable(StringBuilder html, Table table)
    {
        var columns = table.Columns ?? [];
        var numeric = new HashSet<int>(table.NumericColumns ?? []);
        html.Append("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>");
        for (var c = 0; c < columns.Count; c++)
        {
            html.Append(numeric.Contains(c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" dir=\"auto\">")
                .Append(Encode(columns[c])).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows ?? [])
        {
            html.Append("<tr>");
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = row is not null && c < row.Count ? row[c] : string.Empty;
                html.Append(numeric.Contains(c) ? "<td class=\"num\">" : "<td dir=\"auto\">").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void AppendChart(StringBuilder html, ChartBlock chart, int number)
    {
        var height = ChartRenderer.PreferredHeight(chart.Chart);
        var svg = ChartRenderer.ToSvg(chart.Chart, ChartWidth, height, string.Create(CultureInfo.InvariantCulture, $"chart{number}"));
        var label = Encode(TextSanitizer.SingleLine(chart.Caption));
        // The caption doubles as the chart's accessible name.
        svg = string.Concat("<svg role=\"img\" aria-label=\"", label, "\"", svg.AsSpan(4));
        html.Append("<figure class=\"chart\">\n").Append(svg).Append('\n');
        if (!string.IsNullOrWhiteSpace(chart.Caption))
        {
            html.Append("<figcaption dir=\"auto\">").Append(Encode(chart.Caption)).Append("</figcaption>\n");
        }

        html.Append("</figure>\n");
    }

    /// <summary>
    /// HTML-encodes <paramref name="text"/> for element content and quoted attribute values: the five
    /// special characters become entities, line breaks stay (the CSS keeps them), other characters
    /// pass through as UTF-8.
    /// </summary>
    internal static string Encode(string? text)
    {
        var clean = TextSanitizer.Clean(text);
        var builder = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
