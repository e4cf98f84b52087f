using Goodhart.Registry;
using Goodhart.Reviews;
using Goodhart.Store;
using Goodhart.Web.Scans;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Reviews;

/// <summary>The review log as the pages and the API use it: teams, meetings, agendas, checked writes.</summary>
/// <param name="db">The registry's database.</param>
/// <param name="clock">The app's clock.</param>
public sealed class ReviewLog(GoodhartDbContext db, TimeProvider clock)
{
    /// <summary>Today's date by the app's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The agenda of a team's next review, with the names of the measures and every current signal.</summary>
    /// <param name="team">The team, compared ignoring case and spaces at the ends; blank for a team that has not met.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public async Task<AgendaView> AgendaAsync(string? team, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Include(m => m.BalancingLinks).ToListAsync(cancellationToken).ConfigureAwait(false);
        measures.Sort((a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name));
        var facts = await ReviewFacts.LoadAsync(db, measures, cancellationToken).ConfigureAwait(false);
        var health = facts.Health(measures, Today, HealthCheckOptions.Default);
        var key = TeamKey(team);
        var ownMeetings = facts.Meetings.Where(m => key.Length > 0 && TeamKey(m.Team) == key).Select(m => m.Id).ToHashSet();
        var last = facts.Meetings.Where(m => ownMeetings.Contains(m.Id)).Select(m => (DateOnly?)m.HeldOn).Max();
        var open = (await db.ReviewActions.AsNoTracking().Where(a => a.DoneOn == null).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(a => ownMeetings.Contains(a.MeetingId))
            .Select(a => new OpenAction(a.Id, a.Text, a.Owner, a.DueOn, a.MeasureId)).ToList();
        var input = new AgendaInput(
            Today,
            last,
            [.. measures.Select(m => new AgendaMeasure(
                m.Id, m.Name, m.Cadence, m.CreatedOn, facts.Records[m.Id].LastDiscussedOn ?? m.LastReviewedOn,
                facts.LastStressTests.TryGetValue(m.Id, out var tested) ? tested : null, health.For(m.Id).Flags))],
            facts.Signals,
            facts.Disposed,
            open,
            await ScanNotesAsync(AgendaBuilder.Since(Today, last), cancellationToken).ConfigureAwait(false));
        return new AgendaView(AgendaBuilder.Build(input), measures.ToDictionary(m => m.Id, m => m.Name), facts.Signals);
    }

    /// <summary>
    /// The findings of finished scans that reached watch or alert, one note each, dated by the day the scan finished:
    /// a clear finding is no news for a meeting, and one that could not be tested is shown on the scan's own page. Only
    /// scans finished after <paramref name="since"/> are read, so older reports are not parsed for every agenda.
    /// </summary>
    private async Task<IReadOnlyList<ScanNote>> ScanNotesAsync(DateOnly since, CancellationToken cancellationToken)
    {
        var after = since.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var done = await db.ScanJobs.AsNoTracking()
            .Where(j => j.Status == ScanJobStatus.Done && j.FindingsJson != null && (j.FinishedAt ?? j.CreatedAt) >= after)
            .Select(j => new { j.FileName, j.FinishedAt, j.CreatedAt, j.FindingsJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var notes = new List<ScanNote>();
        foreach (var job in done)
        {
            var on = DateOnly.FromDateTime(job.FinishedAt ?? job.CreatedAt);
            foreach (var finding in ScanFindings.Parse(job.FindingsJson!).Findings.Where(f => f.Severity is "watch" or "alert"))
            {
                notes.Add(new ScanNote($"{finding.Title} ({finding.Severity}) in {job.FileName}. {finding.Sentence}", on, null));
            }
        }

        return notes;
    }

    /// <summary>Every team that has met, by name, with its meetings (latest first) and its open actions.</summary>
    public async Task<IReadOnlyList<TeamView>> TeamsAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.ReviewMeetings.AsNoTracking().Include(m => m.Actions).Include(m => m.Dispositions).Include(m => m.Measures)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. meetings
            .GroupBy(m => TeamKey(m.Team))
            .Select(g =>
            {
                var list = g.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedOn).ToList();
                var open = list.SelectMany(m => m.Actions.Where(a => !a.Done)).OrderBy(a => a.DueOn).ThenBy(a => a.Text, StringComparer.Ordinal).ToList();
                return new TeamView(list[0].Team, list, open);
            })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Every meeting, latest first, optionally only one team's.</summary>
    public async Task<IReadOnlyList<ReviewMeeting>> MeetingsAsync(string? team, CancellationToken cancellationToken)
    {
        var meetings = await db.ReviewMeetings.AsNoTracking().Include(m => m.Actions).Include(m => m.Dispositions).Include(m => m.Measures)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var key = TeamKey(team);
        return [.. meetings.Where(m => key.Length == 0 || TeamKey(m.Team) == key).OrderByDescending(m => m.HeldOn).ThenBy(m => m.Team, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One meeting with everything decided at it, or <c>null</c>.</summary>
    public Task<ReviewMeeting?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReviewMeetings.AsNoTracking().Include(m => m.Actions).Include(m => m.Dispositions).Include(m => m.Measures)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>What reviews decided about a measure's signals, latest meeting first, with the meeting's team and date.</summary>
    public async Task<IReadOnlyList<(SignalDisposition Disposition, ReviewMeeting Meeting, ReviewAction? Action)>> DecisionsAsync(Guid measureId, CancellationToken cancellationToken)
    {
        var dispositions = await db.SignalDispositions.AsNoTracking().Where(d => d.MeasureId == measureId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetingIds = dispositions.Select(d => d.MeetingId).Distinct().ToList();
        var meetings = await db.ReviewMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var actionIds = dispositions.Where(d => d.ActionId is not null).Select(d => d.ActionId!.Value).ToList();
        var actions = await db.ReviewActions.AsNoTracking().Where(a => actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
        return [.. dispositions
            .Select(d => (d, meetings[d.MeetingId], d.ActionId is { } a ? actions.GetValueOrDefault(a) : null))
            .OrderByDescending(x => x.Item2.HeldOn).ThenBy(x => x.d.SignalFirst)];
    }

    /// <summary>The id and name of every measure.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> MeasureNamesAsync(CancellationToken cancellationToken) =>
        await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken).ConfigureAwait(false);

    /// <summary>Checks a meeting as typed and logs it: its id, or every problem by field.</summary>
    public async Task<(Guid? Id, Dictionary<string, string[]> Errors)> SaveAsync(ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var measures = await db.Measures.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var facts = await ReviewFacts.LoadAsync(db, measures, cancellationToken).ConfigureAwait(false);
        var (meeting, errors) = ReviewValidator.Validate(input, measures.ToDictionary(m => m.Id, m => m.Name), facts.Signals, Today);
        if (meeting is null)
        {
            return (null, errors);
        }

        // A team keeps the spelling it first met under, so its meetings group together in lists.
        var known = facts.Meetings.FirstOrDefault(m => TeamKey(m.Team) == TeamKey(meeting.Team));
        if (known.Team is { } spelled)
        {
            meeting.Team = spelled;
        }

        db.ReviewMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (meeting.Id, errors);
    }

    /// <summary>Marks an action of a meeting done (today); <c>null</c> when the meeting has no such action.</summary>
    public async Task<ReviewAction?> MarkDoneAsync(Guid meetingId, Guid actionId, CancellationToken cancellationToken)
    {
        var action = await db.ReviewActions.FirstOrDefaultAsync(a => a.Id == actionId && a.MeetingId == meetingId, cancellationToken).ConfigureAwait(false);
        if (action is null)
        {
            return null;
        }

        // Marking it again keeps the day it was first done.
        action.DoneOn ??= Today;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return action;
    }

    private static string TeamKey(string? team) => (team ?? "").Trim().ToUpperInvariant();
}

/// <summary>A team's agenda with what the page needs to show it.</summary>
/// <param name="Agenda">The agenda.</param>
/// <param name="Measures">Every measure's name by id.</param>
/// <param name="Signals">Every current signal of every chart.</param>
public sealed record AgendaView(ReviewAgenda Agenda, IReadOnlyDictionary<Guid, string> Measures, IReadOnlyList<MeasureSignal> Signals);

/// <summary>A team that has met.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Meetings">Its meetings, latest first.</param>
/// <param name="OpenActions">Its actions not yet done, by due date.</param>
public sealed record TeamView(string Name, IReadOnlyList<ReviewMeeting> Meetings, IReadOnlyList<ReviewAction> OpenActions);
