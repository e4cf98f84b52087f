using System.Globalization;
using System.Text;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Rendering;
using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// One self-contained HTML page for the charted series: a header, a summary table (concerns first) linking to
/// each chart, and the charts as inline SVG — one large chart for a single series, a grid of small multiples for
/// several. Inline CSS, no scripts, no external resources; every text from the input is HTML-encoded.
/// </summary>
public static partial class SpcHtmlPage
{
    /// <summary>Width and height of the chart of a single series.</summary>
    public const int LargeWidth = 800, LargeHeight = 450;

    /// <summary>Width and height of each small multiple.</summary>
    public const int SmallWidth = 360, SmallHeight = 200;

    /// <summary>Renders the page.</summary>
    /// <param name="results">The charted series, in input order; the page orders them by <see cref="Order"/>.</param>
    /// <param name="options">What the header says, or <c>null</c> for defaults.</param>
    /// <param name="chartDrawn">Called after each chart is drawn, for a progress bar; drawing is most of the work.</param>
    /// <returns>The page with LF line endings.</returns>
    public static string Render(IReadOnlyList<SpcResult> results, SpcPageOptions? options = null, Action? chartDrawn = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= new SpcPageOptions();
        var ordered = Order(results);
        var title = string.IsNullOrWhiteSpace(options.Title) ? "Process behaviour charts" : options.Title;
        var html = new StringBuilder(64 * 1024 + (ordered.Count * 40 * 1024));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Goodhart\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n<main class=\"spc\">\n");
        AppendHeader(html, title, ordered, options);
        AppendSummary(html, ordered, options);
        if (ordered.Count == 1)
        {
            AppendLarge(html, ordered[0], options);
            chartDrawn?.Invoke();
        }
        else if (ordered.Count > 1)
        {
            html.Append("<h2>Charts</h2>\n<div class=\"grid\">\n");
            for (var i = 0; i < ordered.Count; i++)
            {
                AppendSmall(html, ordered[i], i + 1, options);
                chartDrawn?.Invoke();
            }

            html.Append("</div>\n");
        }

        html.Append("<footer>Made by ").Append(Encode(options.GeneratedBy))
            .Append(". Limits are 3 sigma; a signal means the process has probably changed, not that someone is to blame.</footer>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The order of the page: special cause of concern first, then special cause without a better direction,
    /// then improvement, common cause and not judged; within each, consistently failing a target first, then
    /// hit and miss, then passing; otherwise input order.
    /// </summary>
    /// <param name="results">The charted series.</param>
    public static IReadOnlyList<SpcResult> Order(IReadOnlyList<SpcResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Select((r, i) => (Result: r, Index: i))
            .OrderBy(x => VariationRank(x.Result.Variation))
            .ThenBy(x => AssuranceRank(x.Result.Assurance))
            .ThenBy(x => x.Index)
            .Select(x => x.Result)];
    }

    private static int VariationRank(VariationVerdict verdict) => verdict switch
    {
        VariationVerdict.SpecialCauseConcern => 0,
        VariationVerdict.SpecialCauseNeutral => 1,
        VariationVerdict.SpecialCauseImprovement => 2,
        VariationVerdict.CommonCause => 3,
        _ => 4,
    };

    private static int AssuranceRank(AssuranceVerdict verdict) => verdict switch
    {
        AssuranceVerdict.ConsistentlyFail => 0,
        AssuranceVerdict.HitAndMiss => 1,
        AssuranceVerdict.ConsistentlyPass => 2,
        _ => 3,
    };

    private static void AppendHeader(StringBuilder html, string title, IReadOnlyList<SpcResult> results, SpcPageOptions options)
    {
        html.Append("<header>\n<h1 dir=\"auto\">").Append(Encode(title)).Append("</h1>\n<dl class=\"pairs\">\n");
        if (!string.IsNullOrWhiteSpace(options.SourceFile))
        {
            Pair(html, "File", options.SourceFile);
        }

        Pair(html, "Series", results.Count.ToString(CultureInfo.InvariantCulture));
        Pair(html, "Chart", Distinct(results, r => SpcTexts.ChartName(r.Chart)));
        Pair(html, "Direction", Distinct(results, r => r.Options.Direction switch
        {
            ImprovementDirection.Increase => "higher is better (increase)",
            ImprovementDirection.Decrease => "lower is better (decrease)",
            _ => "neither way is better (neutral)",
        }));
        Pair(html, "Target", Distinct(results, r => r.Options.Target is { } t ? SpcFormat.Value(t, Format(r, options)) : "none"));
        var generated = options.GeneratedAt is { } at
            ? options.GeneratedBy + ", " + at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : options.GeneratedBy;
        Pair(html, "Generated by", generated);
        html.Append("</dl>\n");

        var rules = results.Count == 0 ? SpcRuleOptions.Mdc : results[0].Options.EffectiveRules;
        var legend = SpcTexts.RuleLegend(rules);
        if (legend.Count > 0)
        {
            html.Append("<p class=\"rules-title\">Rules")
                .Append(results.Skip(1).Any(r => r.Options.EffectiveRules != rules) ? " (of the first series; others differ)" : string.Empty)
                .Append(":</p>\n<ul class=\"rules\">\n");
            foreach (var (_, id, description) in legend)
            {
                html.Append("<li><code>").Append(Encode(id)).Append("</code> ").Append(Encode(description)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p class=\"key\">")
            .Append(Dot(SpcPalette.CommonCause)).Append(" common cause ")
            .Append(Dot(SpcPalette.Improvement)).Append(" improvement ")
            .Append(Dot(SpcPalette.Concern)).Append(" concern ")
            .Append(Dot(SpcPalette.Neutral)).Append(" special cause, neither better nor worse ")
            .Append("<span class=\"swatch target\"></span> target</p>\n</header>\n");
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<SpcResult> results, SpcPageOptions options)
    {
        html.Append("<h2 id=\"summary\">Summary</h2>\n<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Series</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">Last value</th>")
            .Append("<th scope=\"col\" class=\"num\">Centre</th><th scope=\"col\" class=\"num\">Limits</th>")
            .Append("<th scope=\"col\">Variation</th><th scope=\"col\">Assurance</th><th scope=\"col\" class=\"num\">False alarm</th></tr>\n</thead>\n<tbody>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var format = Format(r, options);
            var last = r.LastValue;
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"v-{SpcTexts.VariationId(r.Variation)}\"><td dir=\"auto\"><a href=\"#s-{i + 1}\">")
                .Append(Encode(r.Name)).Append("</a></td><td class=\"num\">").Append(r.ValueCount.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(SpcFormat.Value(last?.Value, format))
                .Append("</td><td class=\"num\">").Append(SpcFormat.Value(last?.Centre, format))
                .Append("</td><td class=\"num\">");
            if (last?.Lower is not null || last?.Upper is not null)
            {
                html.Append(SpcFormat.Value(last?.Lower, format)).Append(" – ").Append(SpcFormat.Value(last?.Upper, format));
            }

            html.Append("</td><td><span class=\"verdict\">").Append(SpcIcons.Variation(r, 22)).Append(' ').Append(Encode(SpcTexts.VariationTitle(r)))
                .Append("</span></td><td>");
            if (r.Assurance != AssuranceVerdict.None)
            {
                html.Append("<span class=\"verdict\">").Append(SpcIcons.Assurance(r.Assurance, 22)).Append(' ').Append(Encode(SpcTexts.AssuranceTitle(r.Assurance))).Append("</span>");
            }

            html.Append("</td><td class=\"num\"");
            if (r.FalseAlarm is { } alarm)
            {
                html.Append(" title=\"").Append(Encode(alarm.Sentence)).Append('"');
            }

            html.Append('>').Append(SpcFormat.Probability(r.FalseAlarm?.Probability)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void AppendLarge(StringBuilder html, SpcResult result, SpcPageOptions options)
    {
        var spec = new SpcChartSpec(result, Format: Format(result, options));
        html.Append("<h2>Chart</h2>\n<section class=\"single\" id=\"s-1\">\n");
        AppendIcons(html, result);
        AppendSvg(html, spec, LargeWidth, LargeHeight, "s1");
        AppendWarnings(html, result);
        html.Append("</section>\n");
    }

    private static void AppendSmall(StringBuilder html, SpcResult result, int number, SpcPageOptions options)
    {
        var spec = new SpcChartSpec(result, Format: Format(result, options), ShowCaption: false, ShowTitle: false);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"tile\" id=\"s-{number}\">\n<h3 dir=\"auto\">").Append(Encode(result.Name)).Append("</h3>\n");
        AppendIcons(html, result);
        AppendSvg(html, spec, SmallWidth, SmallHeight, string.Create(CultureInfo.InvariantCulture, $"s{number}"));
        // The small chart has no room for its caption; the sentences fold away under it instead.
        html.Append("<details><summary>What this chart says</summary>\n");
        foreach (var line in new SpcChartSpec(result).CaptionLines())
        {
            html.Append("<p dir=\"auto\">").Append(Encode(line)).Append("</p>\n");
        }

        html.Append("</details>\n");
        AppendWarnings(html, result);
        html.Append("<p class=\"back\"><a href=\"#summary\">Back to the summary</a></p>\n</section>\n");
    }

    private static void AppendIcons(StringBuilder html, SpcResult result)
    {
        html.Append("<p class=\"verdicts\"><span class=\"verdict\">").Append(SpcIcons.Variation(result, 24)).Append(' ')
            .Append(Encode(SpcTexts.VariationTitle(result))).Append("</span>");
        if (result.Assurance != AssuranceVerdict.None)
        {
            html.Append(" <span class=\"verdict\">").Append(SpcIcons.Assurance(result.Assurance, 24)).Append(' ')
                .Append(Encode(SpcTexts.AssuranceTitle(result.Assurance))).Append("</span>");
        }

        html.Append("</p>\n");
    }

    private static void AppendSvg(StringBuilder html, SpcChartSpec spec, int width, int height, string idPrefix)
    {
        var svg = ChartRenderer.ToSvg(spec, width, height, idPrefix);
        var label = Encode(TextSanitizer.SingleLine(spec.Result.Name + ": " + SpcTexts.ChartName(spec.Result.Chart)));
        html.Append("<figure class=\"chart\"><svg role=\"img\" aria-label=\"").Append(label).Append('"').Append(svg.AsSpan(4)).Append("</figure>\n");
    }

    private static void AppendWarnings(StringBuilder html, SpcResult result)
    {
        if (result.Warnings.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"warnings\">\n");
        foreach (var warning in result.Warnings)
        {
            html.Append("<li dir=\"auto\">").Append(Encode(warning.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static SpcValueFormat Format(SpcResult result, SpcPageOptions options) =>
        new SpcChartSpec(result, Format: options.Format).EffectiveFormat;

    private static string Distinct(IReadOnlyList<SpcResult> results, Func<SpcResult, string> text)
    {
        var values = results.Select(text).Distinct(StringComparer.Ordinal).ToList();
        return values.Count switch
        {
            0 => "none",
            <= 3 => string.Join(", ", values),
            _ => "varies by series",
        };
    }

    private static void Pair(StringBuilder html, string key, string value) =>
        html.Append("<div><dt>").Append(Encode(key)).Append("</dt><dd dir=\"auto\">").Append(Encode(value)).Append("</dd></div>\n");

    private static string Dot(string colour) => "<span class=\"swatch\" style=\"background:" + colour + "\"></span>";

    private static string Encode(string? text) => HtmlRenderer.Encode(text);
}
