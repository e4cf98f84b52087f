using System.Text.Json;
using Goodhart.Reports.StressTest;
using Goodhart.Store;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goodhart.Web.Api;

/// <summary>The JSON API for stress tests and team stress tests, under <c>/api/stress-tests</c>.</summary>
internal static class StressTestApi
{
    public static RouteGroupBuilder MapStressTestApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stress-tests").WithTags("Stress tests");
        group.MapGet("/", List).WithName("ListStressTests").WithSummary("Every stress test, team respondents' included, newest first.");
        group.MapGet("/{id:guid}", Get).WithName("GetStressTest")
            .WithSummary("One stress test: where it stands and, once every step is answered, its result as the report's JSON.");
        group.MapGet("/teams", ListTeams).WithName("ListTeamStressTests").WithSummary("Every team stress test, newest first.");
        group.MapPost("/teams", CreateTeam).WithName("CreateTeamStressTest")
            .WithSummary("Makes a team stress test of a measure: {\"measure\": \"…\"} and optionally the card's \"measureId\".");
        group.MapGet("/teams/{id:guid}", GetTeam).WithName("GetTeamStressTest")
            .WithSummary("One team stress test: its respondents and, once two have finished, the team profile as the report's JSON.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<StressTestSummary>>> List(StressTestSessions sessions, CancellationToken cancellationToken)
    {
        var all = await sessions.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<StressTestSummary>>([.. all.Select(s => StressTestSummary.From(s.Session, s.Sheet))]);
    }

    private static async Task<Results<Ok<StressTestResponse>, ProblemHttpResult>> Get(Guid id, StressTestSessions sessions, CancellationToken cancellationToken)
    {
        if (await sessions.FindSessionAsync(id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such stress test",
                detail: $"No stress test has the id {id}. GET /api/stress-tests lists the stress tests there are.");
        }

        var summary = StressTestSummary.From(found.Session, found.Sheet);
        JsonElement? result = summary.Finished
            ? Parse(StressTestJson.Write(StressTestReport.ForRespondent(StressTestSessions.Instrument, found.Sheet, sessions.Today)))
            : null;
        return TypedResults.Ok(new StressTestResponse(summary, StressTestSessions.Plan.FirstUnanswered(found.Sheet), result));
    }

    private static async Task<Ok<IReadOnlyList<TeamSummary>>> ListTeams(StressTeams teams, HttpContext http, CancellationToken cancellationToken)
    {
        var all = await teams.ListAsync(null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<TeamSummary>>([.. all.Select(t => TeamSummary.From(t, http.Request))]);
    }

    private static async Task<Results<Created<TeamSummary>, ValidationProblem>> CreateTeam(
        TeamRequest request, StressTeams teams, HttpContext http, CancellationToken cancellationToken)
    {
        var measure = request.Measure?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (measure.Length == 0)
        {
            errors["measure"] = ["Name the measure the team will stress-test."];
        }
        else if (measure.Length > StoreLimits.Name)
        {
            errors["measure"] = [$"The name is {measure.Length} characters long; at most {StoreLimits.Name} are kept."];
        }

        var (card, problem) = await teams.CardOfAsync(request.MeasureId, measure, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            errors["measureId"] = [$"No measure card has the id {request.MeasureId}; leave it out or use an id from GET /api/measures."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors,
                detail: $"The team stress test was not made: {string.Join(" ", errors.SelectMany(e => e.Value))}",
                title: "The team stress test has fields to fix");
        }

        var id = await teams.CreateAsync(measure, card, cancellationToken).ConfigureAwait(false);
        var view = await teams.ViewAsync((await teams.FindAsync(id, cancellationToken).ConfigureAwait(false))!, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/stress-tests/teams/{id}", TeamSummary.From(view, http.Request));
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> GetTeam(
        Guid id, StressTeams teams, StressTestSessions sessions, HttpContext http, CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } team)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such team stress test",
                detail: $"No team stress test has the id {id}. GET /api/stress-tests/teams lists the ones there are.");
        }

        var view = await teams.ViewAsync(team, cancellationToken).ConfigureAwait(false);
        JsonElement? result = view.Profile is { } profile
            ? Parse(StressTestJson.Write(new StressTestReport(StressTestSessions.Instrument, view.FinishedSheets, null, profile, sessions.Today, [])))
            : null;
        return TypedResults.Ok(new TeamResponse(
            TeamSummary.From(view, http.Request),
            [.. view.Respondents.Select(r => new TeamRespondentResponse(r.Name, r.Role, r.Finished))],
            result));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>A stress test in a list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="MeasureName">The measure.</param>
/// <param name="MeasureId">The measure's card, or <c>null</c>.</param>
/// <param name="TeamId">The team stress test it is part of, or <c>null</c>.</param>
/// <param name="Role">The respondent's role, or <c>null</c>.</param>
/// <param name="StartedOn">When it was started.</param>
/// <param name="UpdatedOn">When an answer was last saved.</param>
/// <param name="Finished">Whether every step is answered.</param>
/// <param name="Link">The page that goes on with it (its first unanswered step, or the result).</param>
internal sealed record StressTestSummary(
    Guid Id, string MeasureName, Guid? MeasureId, Guid? TeamId, string? Role, DateOnly StartedOn, DateOnly UpdatedOn, bool Finished, string Link)
{
    public static StressTestSummary From(StressTestSession session, Goodhart.StressTest.AnswerSheet sheet) => new(
        session.Id, session.MeasureName, session.MeasureId, session.TeamId, session.Role, session.StartedOn, session.UpdatedOn,
        StressTestSessions.Plan.FirstUnanswered(sheet) is null, StressTestSessions.NextLink(session.Id, sheet));
}

/// <summary>One stress test with its result.</summary>
/// <param name="StressTest">Where it stands.</param>
/// <param name="NextStep">The first unanswered step, or <c>null</c> when finished.</param>
/// <param name="Result">The report's JSON (as <c>goodhart stress-test --format json</c> writes it), or <c>null</c> until finished.</param>
internal sealed record StressTestResponse(StressTestSummary StressTest, int? NextStep, JsonElement? Result);

/// <summary>A new team stress test.</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="MeasureId">The measure's card, if it is in the registry.</param>
internal sealed record TeamRequest(string? Measure, Guid? MeasureId);

/// <summary>A team stress test in a list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="MeasureName">The measure.</param>
/// <param name="MeasureId">The measure's card, or <c>null</c>.</param>
/// <param name="StartedOn">When it was made.</param>
/// <param name="Respondents">How many people have followed the link.</param>
/// <param name="Finished">How many of them have answered every step.</param>
/// <param name="Link">The team page.</param>
/// <param name="JoinLink">The link to share with respondents.</param>
internal sealed record TeamSummary(Guid Id, string MeasureName, Guid? MeasureId, DateOnly StartedOn, int Respondents, int Finished, string Link, string JoinLink)
{
    public static TeamSummary From(TeamView view, HttpRequest request) => new(
        view.Team.Id, view.Team.MeasureName, view.Team.MeasureId, view.Team.StartedOn, view.Respondents.Count, view.FinishedCount,
        $"/stress-tests/teams/{view.Team.Id}", $"{request.Scheme}://{request.Host}/stress-tests/teams/{view.Team.Id}/join");
}

/// <summary>One respondent of a team stress test.</summary>
/// <param name="Name">Their name, or <c>null</c>.</param>
/// <param name="Role">Their role.</param>
/// <param name="Finished">Whether they have answered every step.</param>
internal sealed record TeamRespondentResponse(string? Name, string? Role, bool Finished);

/// <summary>A team stress test with its profile.</summary>
/// <param name="Team">The team stress test.</param>
/// <param name="Respondents">Who has followed the link, by role, then name.</param>
/// <param name="Result">The team report's JSON (as <c>goodhart stress-test combine --format json</c> writes it), or <c>null</c> until two have finished.</param>
internal sealed record TeamResponse(TeamSummary Team, IReadOnlyList<TeamRespondentResponse> Respondents, JsonElement? Result);
