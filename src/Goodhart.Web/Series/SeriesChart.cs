using Goodhart.Reports.Charts;
using Goodhart.Reports.Spc;
using Goodhart.Spc;
using Goodhart.Store;

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

    /// <summary>Charts the series as an XmR chart in the measure's direction of good, against its target.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="points">Its series, by period; at least one point.</param>
    public static SeriesChart Of(Measure measure, IReadOnlyList<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(points);
        var hasDenominators = points.Any(p => p.Denominator is not null);
        var series = new SpcSeries(
            measure.Name,
            [.. points.Select(p => SpcKey.Of(p.Period))],
            [.. points.Select(p => (double?)p.Value)],
            hasDenominators ? [.. points.Select(p => p.Denominator)] : null);
        var result = SpcAnalysis.Run(series, new SpcOptions(Direction: measure.Direction, Target: measure.TargetValue));
        var spec = new SpcChartSpec(result, ShowTitle: false, ShowCaption: false);
        var svg = ChartRenderer.ToSvg(spec, Width, ChartRenderer.PreferredHeight(spec), "series-chart");
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
