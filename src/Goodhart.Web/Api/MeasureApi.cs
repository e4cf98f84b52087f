using System.Text.Json;
using Goodhart.Web.Cards;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goodhart.Web.Api;

/// <summary>The JSON API for measure cards, under <c>/api/measures</c>.</summary>
internal static class MeasureApi
{
    public static RouteGroupBuilder MapMeasureApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/measures").WithTags("Measures");
        group.MapGet("/", List).WithName("ListMeasures").WithSummary("Every measure card, by name, with its health check.");
        group.MapGet("/{id:guid}", Get).WithName("GetMeasure").WithSummary("One measure card with its health check.");
        group.MapPost("/", Create).WithName("CreateMeasure").WithSummary("Adds a measure card.");
        group.MapPut("/{id:guid}", Update).WithName("UpdateMeasure").WithSummary("Replaces a measure card's fields.");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteMeasure").WithSummary("Removes a measure card and its balancing links.");
        return group;
    }

    private static async Task<Ok<List<MeasureResponse>>> List(MeasureRegistry registry, CancellationToken cancellationToken)
    {
        var view = await registry.ViewAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(view.Entries.Select(MeasureResponse.From).ToList());
    }

    private static async Task<Results<Ok<MeasureResponse>, ProblemHttpResult>> Get(Guid id, MeasureRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? TypedResults.Ok(MeasureResponse.From(entry))
            : NotFound(id);

    private static async Task<Results<Created<MeasureResponse>, ValidationProblem, ProblemHttpResult>> Create(
        MeasureRequest measure, MeasureRegistry registry, CancellationToken cancellationToken)
    {
        var outcome = await registry.SaveAsync(null, measure.ToInput(), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                var entry = (await registry.FindAsync(saved.Id, cancellationToken).ConfigureAwait(false))!;
                return TypedResults.Created($"/api/measures/{saved.Id}", MeasureResponse.From(entry));
            case SaveOutcome.Invalid invalid:
                return Invalid(invalid);
            default:
                throw new InvalidOperationException("A new measure cannot be missing.");
        }
    }

    private static async Task<Results<Ok<MeasureResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, MeasureRequest measure, MeasureRegistry registry, CancellationToken cancellationToken)
    {
        var outcome = await registry.SaveAsync(id, measure.ToInput(), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            SaveOutcome.Saved saved => TypedResults.Ok(MeasureResponse.From((await registry.FindAsync(saved.Id, cancellationToken).ConfigureAwait(false))!)),
            SaveOutcome.Invalid invalid => Invalid(invalid),
            _ => NotFound(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, MeasureRegistry registry, CancellationToken cancellationToken) =>
        await registry.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(id);

    private static ValidationProblem Invalid(SaveOutcome.Invalid invalid) => TypedResults.ValidationProblem(
        invalid.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value),
        detail: $"The measure was not saved: {string.Join(" ", invalid.Errors.SelectMany(e => e.Value))}",
        title: "The measure has fields to fix");

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such measure",
        detail: $"No measure has the id {id}. GET /api/measures lists the measures there are.");
}
