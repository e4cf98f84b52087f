using Goodhart.Reports.Charts;
using Goodhart.Reports.Spc;
using Goodhart.Spc;

namespace Goodhart.Web.Series;

/// <summary>A measure's series charted by the library: the result, its drawing and its verdicts in words.</summary>
/// <param name="Result">The library's chart of the series.</param>
/// <param name="Svg">The chart as an SVG element for the page (attributes only: no script or style element).</param>
/// <param name="Variation">The variation verdict in plain words.</param>
/// <param name="Assurance">The assurance verdict in plain words, or empty when the measure has no target.</param>
/// <param name="FalseAlarm">How often a stable process would raise an alarm on a chart like this one, or empty.</param>
/// <param name="Signals">The points that are part of a signal.</param>
public sealed record SeriesChart(
    SpcResult Result,
    string Svg,
    string Variation,
    string Assurance,
    string FalseAlarm,
    IReadOnlyList<SeriesSignal> Signals)
{
    private const int Width = 900;

    /// <summary>Draws a chart the library has made and puts its verdicts and signals in words.</summary>
    /// <param name="result">The library's chart of the series.</param>
    /// <param name="idPrefix">A prefix, unique within the page, for the drawing's internal ids.</param>
    public static SeriesChart From(SpcResult result, string idPrefix = "series-chart")
    {
        ArgumentNullException.ThrowIfNull(result);
        var spec = new SpcChartSpec(result, ShowTitle: false, ShowCaption: false);
        var svg = ChartRenderer.ToSvg(spec, Width, ChartRenderer.PreferredHeight(spec), idPrefix);
        var rules = result.Options.EffectiveRules;
        var signals = result.Points.Where(p => p.IsSignal && p.Value is not null).Select(p => new SeriesSignal(
            p.Key.Date ?? default,
            p.Value!.Value,
            p.Signal,
            [.. Enum.GetValues<SpcRule>().Where(r => r != SpcRule.None && p.Rules.HasFlag(r)).Select(r => SpcTexts.RuleDescription(r, rules))])).ToList();
        return new SeriesChart(
            result,
            svg,
            SpcTexts.VariationSentence(result),
            SpcTexts.AssuranceSentence(result),
            result.FalseAlarm?.Sentence ?? "",
            signals);
    }
}
