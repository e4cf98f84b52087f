using System.Text.Json;
using Goodhart.Web.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goodhart.Web.Api;

/// <summary>The JSON API for the review log, under <c>/api/reviews</c>.</summary>
internal static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reviews").WithTags("Reviews");
        group.MapGet("/", List).WithName("ListReviews").WithSummary("Every review meeting logged, latest first; ?team= for one team's.");
        group.MapGet("/agenda", Agenda).WithName("GetAgenda").WithSummary("The agenda of a team's next review: what changed since its last one.");
        group.MapGet("/{id:guid}", Get).WithName("GetReview").WithSummary("One review meeting with its dispositions and actions.");
        group.MapPost("/", Create).WithName("CreateReview").WithSummary("Logs a review meeting: who came, measures discussed, dispositions of signals, actions.");
        group.MapPost("/{id:guid}/actions/{actionId:guid}/done", Done).WithName("MarkActionDone").WithSummary("Marks an action agreed at a review done.");
        return group;
    }

    private static async Task<Ok<List<ReviewResponse>>> List(string? team, ReviewLog log, CancellationToken cancellationToken)
    {
        var names = await log.MeasureNamesAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await log.MeetingsAsync(team, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(meetings.Select(m => ReviewResponse.From(m, names)).ToList());
    }

    private static async Task<Ok<AgendaResponse>> Agenda(string? team, ReviewLog log, CancellationToken cancellationToken)
    {
        var view = await log.AgendaAsync(team, cancellationToken).ConfigureAwait(false);
        var agenda = view.Agenda;
        return TypedResults.Ok(new AgendaResponse(
            team?.Trim() ?? "", agenda.Since, agenda.IsFirst,
            [.. agenda.Items.Select(i => new AgendaItemResponse(i.Kind, i.Text, i.MeasureId, i.Signal?.First, i.Signal?.Last, i.ActionId))]));
    }

    private static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Get(Guid id, ReviewLog log, CancellationToken cancellationToken) =>
        await log.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } meeting
            ? TypedResults.Ok(ReviewResponse.From(meeting, await log.MeasureNamesAsync(cancellationToken).ConfigureAwait(false)))
            : NotFound($"No review meeting has the id {id}. GET /api/reviews lists the meetings logged.");

    private static async Task<Results<Created<ReviewResponse>, ValidationProblem>> Create(ReviewRequest review, ReviewLog log, CancellationToken cancellationToken)
    {
        var (id, errors) = await log.SaveAsync(review.ToInput(), cancellationToken).ConfigureAwait(false);
        if (id is not { } saved)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => CamelPath(e.Key), e => e.Value),
                detail: $"The review was not logged: {string.Join(" ", errors.SelectMany(e => e.Value))}",
                title: "The review has fields to fix");
        }

        var meeting = (await log.FindAsync(saved, cancellationToken).ConfigureAwait(false))!;
        return TypedResults.Created($"/api/reviews/{saved}", ReviewResponse.From(meeting, await log.MeasureNamesAsync(cancellationToken).ConfigureAwait(false)));
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Done(Guid id, Guid actionId, ReviewLog log, CancellationToken cancellationToken) =>
        await log.MarkDoneAsync(id, actionId, cancellationToken).ConfigureAwait(false) is { } action
            ? TypedResults.Ok(ActionResponse.From(action))
            : NotFound($"The review meeting {id} has no action {actionId}. GET /api/reviews/{id} lists its actions.");

    // Form field paths (Dispositions[0].ActionText) in the API's JSON names (dispositions[0].action.text).
    private static string CamelPath(string key)
    {
        var parts = key.Split('.');
        var camel = parts.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p)).ToList();
        if (camel.Count == 2 && camel[0].StartsWith("dispositions", StringComparison.Ordinal) && camel[1].StartsWith("action", StringComparison.Ordinal) && camel[1].Length > 6)
        {
            return $"{camel[0]}.action.{JsonNamingPolicy.CamelCase.ConvertName(camel[1][6..])}";
        }

        if (camel.Count == 2 && camel[0].StartsWith("dispositions", StringComparison.Ordinal) && camel[1] == "choice")
        {
            return $"{camel[0]}.disposition";
        }

        return string.Join('.', camel);
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such review or action", detail: detail);
}
