using System.Globalization;
using System.Text.Json;
using Goodhart.Reports.Spc;
using Goodhart.Web.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goodhart.Web.Api;

/// <summary>The JSON API for a measure's series, under <c>/api/measures/{id}/series</c>.</summary>
internal static class SeriesApi
{
    public static RouteGroupBuilder MapSeriesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/measures/{id:guid}/series").WithTags("Series");
        group.MapGet("/", Get).WithName("GetSeries").WithSummary("A measure's series by period, with its chart's signals and verdicts in words.");
        group.MapPost("/", Append).WithName("AppendToSeries").WithSummary("Adds one period's value to a measure's series.");
        return group;
    }

    private static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> Get(Guid id, SeriesBook book, CancellationToken cancellationToken)
    {
        if (await book.MeasureAsync(id, cancellationToken).ConfigureAwait(false) is not { } measure)
        {
            return NotFound(id);
        }

        var points = await book.PointsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(SeriesResponse.From(id, points, points.Count > 0 ? SeriesChart.Of(measure, points) : null));
    }

    private static async Task<Results<Created<SeriesResponse>, ValidationProblem, ProblemHttpResult>> Append(
        Guid id, SeriesPointRequest point, SeriesBook book, CancellationToken cancellationToken)
    {
        if (await book.MeasureAsync(id, cancellationToken).ConfigureAwait(false) is not { } measure)
        {
            return NotFound(id);
        }

        var input = new SeriesPointInput
        {
            Period = point.Period?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Value = point.Value?.ToString("R", CultureInfo.InvariantCulture),
            Denominator = point.Denominator?.ToString("R", CultureInfo.InvariantCulture),
        };
        var (added, errors) = await book.AppendAsync(id, input, cancellationToken).ConfigureAwait(false);
        if (added is null)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value),
                detail: $"The value was not added: {string.Join(" ", errors.SelectMany(e => e.Value))}",
                title: "The value has fields to fix");
        }

        var points = await book.PointsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/measures/{id}/series", SeriesResponse.From(id, points, SeriesChart.Of(measure, points)));
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such measure",
        detail: $"No measure has the id {id}. GET /api/measures lists the measures there are.");
}

/// <summary>One period's value to add to a series.</summary>
/// <param name="Period">The period's date (<c>yyyy-mm-dd</c>).</param>
/// <param name="Value">The value, or the numerator.</param>
/// <param name="Denominator">The denominator, when the series has them.</param>
internal sealed record SeriesPointRequest(DateOnly? Period, double? Value, double? Denominator);

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

/// <summary>One stored value.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value.</param>
/// <param name="Denominator">The denominator, or <c>null</c>.</param>
internal sealed record SeriesPointResponse(DateOnly Period, double Value, double? Denominator);

/// <summary>What the chart of a series says, in ids and in words.</summary>
/// <param name="Variation">The variation verdict's id.</param>
/// <param name="VariationText">The variation verdict in words.</param>
/// <param name="Assurance">The assurance verdict's id.</param>
/// <param name="AssuranceText">The assurance verdict in words, or <c>null</c> without a target.</param>
/// <param name="FalseAlarm">How often a stable process would raise an alarm on a chart like this, or <c>null</c>.</param>
/// <param name="Signals">The points that are part of a signal.</param>
internal sealed record SeriesChartResponse(string Variation, string VariationText, string Assurance, string? AssuranceText, string? FalseAlarm, IReadOnlyList<SeriesSignalResponse> Signals);

/// <summary>A point that is part of a signal.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The plotted value.</param>
/// <param name="Kind">improvement, concern or neutral.</param>
/// <param name="Rules">The rules it broke, in words.</param>
internal sealed record SeriesSignalResponse(DateOnly Period, double Value, string Kind, IReadOnlyList<string> Rules);
