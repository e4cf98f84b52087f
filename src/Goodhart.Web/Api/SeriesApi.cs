using System.Globalization;
using System.Text.Json;
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

    private static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> Get(Guid id, SeriesBook book, SeriesCharts charts, CancellationToken cancellationToken)
    {
        if (await book.MeasureAsync(id, cancellationToken).ConfigureAwait(false) is not { } measure)
        {
            return NotFound(id);
        }

        var points = await book.PointsAsync(id, cancellationToken).ConfigureAwait(false);
        var chart = points.Count > 0 ? (await charts.ChartAsync(measure, points, "series-chart", cancellationToken).ConfigureAwait(false)).Chart : null;
        return TypedResults.Ok(SeriesResponse.From(id, points, chart));
    }

    private static async Task<Results<Created<SeriesResponse>, ValidationProblem, ProblemHttpResult>> Append(
        Guid id, SeriesPointRequest point, SeriesBook book, SeriesCharts charts, CancellationToken cancellationToken)
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
        var (chart, _) = await charts.ChartAsync(measure, points, "series-chart", cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/measures/{id}/series", SeriesResponse.From(id, points, chart));
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such measure",
        detail: $"No measure has the id {id}. GET /api/measures lists the measures there are.");
}
