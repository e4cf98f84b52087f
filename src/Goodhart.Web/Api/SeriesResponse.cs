using Goodhart.Reports.Spc;
using Goodhart.Web.Series;

namespace Goodhart.Web.Api;

/// <summary>A measure's series with what its chart says.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Points">The values, by period.</param>
/// <param name="Chart">What the chart says, or <c>null</c> while the series is empty.</param>
internal sealed record SeriesResponse(Guid MeasureId, IReadOnlyList<SeriesPointResponse> Points, SeriesChartResponse? Chart)
{
    public static SeriesResponse From(Guid id, IReadOnlyList<SeriesPoint> points, SeriesChart? chart) => new(
        id,
        [.. points.Select(p => new SeriesPointResponse(p.Period, p.Value, p.Denominator))],
        chart is null ? null : new SeriesChartResponse(
            SpcTexts.VariationId(chart.Result.Variation),
            chart.Variation,
            SpcTexts.AssuranceId(chart.Result.Assurance),
            chart.Assurance.Length > 0 ? chart.Assurance : null,
            chart.FalseAlarm.Length > 0 ? chart.FalseAlarm : null,
            [.. chart.Signals.Select(s => new SeriesSignalResponse(s.Period, s.Value, SpcTexts.SignalKindId(s.Kind), s.Rules))]));
}
