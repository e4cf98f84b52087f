using Goodhart.Store;
using Goodhart.StressTest;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.StressTests;

/// <summary>Stress tests in progress as the pages use them: started, read back as answer sheets, saved after every step.</summary>
/// <param name="db">The database.</param>
/// <param name="clock">The app's clock.</param>
/// <param name="sheets">The answers already read.</param>
public sealed class StressTestSessions(GoodhartDbContext db, TimeProvider clock, AnswerSheetCache sheets)
{
    /// <summary>The instrument the browser asks: the one built into the core.</summary>
    public static Instrument Instrument => InstrumentLoader.Default;

    /// <summary>The steps of that instrument.</summary>
    public static WizardPlan Plan { get; } = new(InstrumentLoader.Default);

    /// <summary>Today's date by the app's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Starts a stress test of a measure and returns its id.</summary>
    /// <param name="measure">The measure's name (already checked).</param>
    /// <param name="role">The respondent's role, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <param name="tie">The registry card and team stress test the answers belong to, and the respondent's name; each may be <c>null</c>.</param>
    public async Task<Guid> StartAsync(string measure, string? role, CancellationToken cancellationToken, StressTestTie? tie = null)
    {
        var sheet = AnswerSheet.Blank(Instrument, new Respondent(tie?.Name, role?.ToLowerInvariant()));
        sheet = sheet with { Context = sheet.Context.SetItem("measure", [measure]), Started = clock.GetUtcNow(), Updated = clock.GetUtcNow() };
        var session = new StressTestSession
        {
            Id = Guid.NewGuid(),
            MeasureName = measure,
            Role = sheet.Respondent.Role,
            TeamId = tie?.TeamId,
            MeasureId = tie?.MeasureId,
            AnswersJson = AnswerSheetWriter.ToJson(sheet, Instrument),
            StartedOn = Today,
            UpdatedOn = Today,
        };
        db.StressTestSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return session.Id;
    }

    /// <summary>The answers of a stress test, or <c>null</c> when no stress test has the id.</summary>
    /// <param name="id">The stress test's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<AnswerSheet?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var json = await db.StressTestSessions.Where(s => s.Id == id).Select(s => s.AnswersJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : Read(id, json);
    }

    /// <summary>The stored sessions, newest first, each with its answers read back.</summary>
    /// <param name="teamId">Only the sessions of this team stress test, or <c>null</c> for every session.</param>
    /// <param name="measureId">Only the sessions tied to this card, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<IReadOnlyList<(StressTestSession Session, AnswerSheet Sheet)>> ListAsync(Guid? teamId, Guid? measureId, CancellationToken cancellationToken)
    {
        var query = db.StressTestSessions.AsNoTracking();
        if (teamId is { } team)
        {
            query = query.Where(s => s.TeamId == team);
        }

        if (measureId is { } measure)
        {
            query = query.Where(s => s.MeasureId == measure);
        }

        var sessions = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. sessions.OrderByDescending(s => s.UpdatedOn).ThenBy(s => s.MeasureName, StringComparer.Ordinal).ThenBy(s => s.Id).Select(s => (s, Read(s)))];
    }

    /// <summary>A stored session with its answers, or <c>null</c> when no stress test has the id.</summary>
    /// <param name="id">The stress test's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<(StressTestSession Session, AnswerSheet Sheet)?> FindSessionAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.StressTestSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        return session is null ? null : (session, Read(session));
    }

    /// <summary>Where a stress test goes on: the first unanswered step, or the result.</summary>
    /// <param name="id">The stress test's id.</param>
    /// <param name="sheet">Its answers.</param>
    public static string NextLink(Guid id, AnswerSheet sheet) =>
        Plan.FirstUnanswered(sheet) is { } step ? $"/stress-tests/{id}/steps/{step}" : $"/stress-tests/{id}/result";

    private AnswerSheet Read(StressTestSession session) => Read(session.Id, session.AnswersJson);

    private AnswerSheet Read(Guid id, string json) => sheets.Read(id, json, text =>
    {
        var loaded = AnswerSheetReader.Parse(text, "answers.json", Instrument);
        return loaded.Value ?? throw new InvalidOperationException(
            $"The stored answers of stress test {id} cannot be read: {string.Join("; ", loaded.Problems.Select(p => p.ToString()))}");
    });

    /// <summary>Saves the answers of a stress test, stamping the time of the last answer.</summary>
    /// <param name="id">The stress test's id.</param>
    /// <param name="sheet">The answers.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public async Task SaveAsync(Guid id, AnswerSheet sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var session = await db.StressTestSessions.FirstAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        sheet = sheet with { Started = sheet.Started ?? now, Updated = now };
        session.AnswersJson = AnswerSheetWriter.ToJson(sheet, Instrument);
        // A team's respondents all answer about the team's measure, whatever they type on the first step.
        session.MeasureName = session.TeamId is null ? sheet.MeasureName ?? session.MeasureName : session.MeasureName;
        session.UpdatedOn = Today;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What a new stress test belongs to.</summary>
/// <param name="MeasureId">The registry card of the measure, or <c>null</c>.</param>
/// <param name="TeamId">The team stress test, or <c>null</c> for a stress test answered alone.</param>
/// <param name="Name">The respondent's name, or <c>null</c>.</param>
public sealed record StressTestTie(Guid? MeasureId, Guid? TeamId, string? Name);
