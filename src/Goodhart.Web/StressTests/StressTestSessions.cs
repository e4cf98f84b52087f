using Goodhart.Store;
using Goodhart.StressTest;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.StressTests;

/// <summary>Stress tests in progress as the pages use them: started, read back as answer sheets, saved after every step.</summary>
/// <param name="db">The database.</param>
/// <param name="clock">The app's clock.</param>
public sealed class StressTestSessions(GoodhartDbContext db, TimeProvider clock)
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
    public async Task<Guid> StartAsync(string measure, string? role, CancellationToken cancellationToken)
    {
        var sheet = AnswerSheet.Blank(Instrument, new Respondent(null, role?.ToLowerInvariant()));
        sheet = sheet with { Context = sheet.Context.SetItem("measure", [measure]), Started = clock.GetUtcNow(), Updated = clock.GetUtcNow() };
        var session = new StressTestSession
        {
            Id = Guid.NewGuid(),
            MeasureName = measure,
            Role = sheet.Respondent.Role,
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
        var session = await db.StressTestSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return null;
        }

        var loaded = AnswerSheetReader.Parse(session.AnswersJson, "answers.json", Instrument);
        return loaded.Value ?? throw new InvalidOperationException(
            $"The stored answers of stress test {id} cannot be read: {string.Join("; ", loaded.Problems.Select(p => p.ToString()))}");
    }

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
        session.MeasureName = sheet.MeasureName ?? session.MeasureName;
        session.UpdatedOn = Today;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
