using Goodhart.Store;
using Goodhart.StressTest;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.StressTests;

/// <summary>
/// Team stress tests as the pages use them: made for a measure, joined by respondents through the shared link, and
/// combined by the core's <see cref="TeamCombiner"/> once two or more respondents have finished.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="sessions">The respondents' stress tests.</param>
public sealed class StressTeams(GoodhartDbContext db, StressTestSessions sessions)
{
    /// <summary>How many finished respondents a team profile needs.</summary>
    public const int MinimumRespondents = 2;

    /// <summary>
    /// The registry card a stress test of <paramref name="measure"/> belongs to: the card named by
    /// <paramref name="measureId"/> when given, otherwise the card with exactly that name, if any.
    /// </summary>
    /// <param name="measureId">The card's id from the form, or <c>null</c>.</param>
    /// <param name="measure">The measure's name as typed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The card's id (or <c>null</c>), and a message when the id names no card.</returns>
    public async Task<(Guid? MeasureId, string? Problem)> CardOfAsync(Guid? measureId, string measure, CancellationToken cancellationToken)
    {
        if (measureId is { } id)
        {
            return await db.Measures.AnyAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)
                ? (id, null)
                : (null, "The measure card this form came from is no longer in the registry; start again from the list of measures, or clear the link.");
        }

        var card = await db.Measures.AsNoTracking().Where(m => m.Name == measure).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return (card, null);
    }

    /// <summary>The card's name, or <c>null</c> when no card has the id.</summary>
    /// <param name="measureId">The card's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public Task<string?> CardNameAsync(Guid measureId, CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking().Where(m => m.Id == measureId).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Makes a team stress test of a measure and returns its id.</summary>
    /// <param name="measure">The measure's name (already checked).</param>
    /// <param name="measureId">Its registry card, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public async Task<Guid> CreateAsync(string measure, Guid? measureId, CancellationToken cancellationToken)
    {
        var team = new StressTeam { Id = Guid.NewGuid(), MeasureName = measure, MeasureId = measureId, StartedOn = sessions.Today };
        db.StressTeams.Add(team);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return team.Id;
    }

    /// <summary>The team stress test, or <c>null</c> when none has the id.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public Task<StressTeam?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.StressTeams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>Every team stress test, newest first, optionally only those of one card.</summary>
    /// <param name="measureId">Only this card's, or <c>null</c> for all.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<IReadOnlyList<TeamView>> ListAsync(Guid? measureId, CancellationToken cancellationToken)
    {
        var query = db.StressTeams.AsNoTracking();
        if (measureId is { } measure)
        {
            query = query.Where(t => t.MeasureId == measure);
        }

        var teams = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = new List<TeamView>();
        foreach (var team in teams.OrderByDescending(t => t.StartedOn).ThenBy(t => t.MeasureName, StringComparer.Ordinal).ThenBy(t => t.Id))
        {
            views.Add(await ViewAsync(team, cancellationToken).ConfigureAwait(false));
        }

        return views;
    }

    /// <summary>Starts one respondent's stress test in the team and returns its id.</summary>
    /// <param name="team">The team stress test.</param>
    /// <param name="name">The respondent's name, or <c>null</c>.</param>
    /// <param name="role">The respondent's role (already checked).</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public Task<Guid> JoinAsync(StressTeam team, string? name, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return sessions.StartAsync(team.MeasureName, role, cancellationToken, new StressTestTie(team.MeasureId, team.Id, name));
    }

    /// <summary>The team with its respondents and, once enough have finished, their combined profile.</summary>
    /// <param name="team">The team stress test.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<TeamView> ViewAsync(StressTeam team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var answers = await sessions.ListAsync(team.Id, null, cancellationToken).ConfigureAwait(false);
        var respondents = answers
            .OrderBy(a => a.Sheet.Respondent.Role, StringComparer.Ordinal).ThenBy(a => a.Sheet.Respondent.Name, StringComparer.Ordinal).ThenBy(a => a.Session.Id)
            .Select(a => new TeamRespondent(a.Session.Id, a.Sheet.Respondent.Name, a.Sheet.Respondent.Role, StressTestSessions.Plan.FirstUnanswered(a.Sheet) is null, a.Sheet))
            .ToList();

        // Every respondent answers about the team's measure, whatever was typed on the first step.
        var finished = respondents.Where(r => r.Finished)
            .Select(r => r.Sheet with { Context = r.Sheet.Context.SetItem("measure", [team.MeasureName]) })
            .ToList();
        var profile = finished.Count >= MinimumRespondents ? TeamCombiner.Combine(StressTestSessions.Instrument, finished) : null;
        return new TeamView(team, respondents, finished, profile);
    }
}

/// <summary>A team stress test as its page shows it.</summary>
/// <param name="Team">The team stress test.</param>
/// <param name="Respondents">Everyone who followed the link, by role, then name.</param>
/// <param name="FinishedSheets">The answers of those who finished, about the team's measure.</param>
/// <param name="Profile">The combined profile, or <c>null</c> while fewer than two have finished.</param>
public sealed record TeamView(StressTeam Team, IReadOnlyList<TeamRespondent> Respondents, IReadOnlyList<AnswerSheet> FinishedSheets, TeamProfile? Profile)
{
    /// <summary>How many respondents have answered every step.</summary>
    public int FinishedCount => FinishedSheets.Count;
}

/// <summary>One respondent of a team stress test.</summary>
/// <param name="SessionId">Their stress test's id (their own resume link).</param>
/// <param name="Name">Their name, or <c>null</c>.</param>
/// <param name="Role">Their role.</param>
/// <param name="Finished">Whether they have answered every step.</param>
/// <param name="Sheet">Their answers.</param>
public sealed record TeamRespondent(Guid SessionId, string? Name, string? Role, bool Finished, AnswerSheet Sheet);
