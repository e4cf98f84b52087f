using Goodhart.Registry;
using Goodhart.Store;
using Goodhart.Web.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Cards;

/// <summary>The registry of measure cards as the pages and the API use it: reads with health, validated writes.</summary>
/// <param name="db">The registry's database.</param>
/// <param name="clock">The app's clock.</param>
/// <param name="cache">The registry view kept between requests.</param>
public sealed class MeasureRegistry(GoodhartDbContext db, TimeProvider clock, RegistryViewCache cache)
{
    /// <summary>Today's date by the app's clock: the date new cards get and reviews are counted to.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The health check's thresholds.</summary>
    public HealthCheckOptions Options { get; } = HealthCheckOptions.Default;

    /// <summary>Every measure, by name, with the registry's health check.</summary>
    public Task<RegistryView> ViewAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(Today, () => ComputeAsync(cancellationToken));

    private async Task<RegistryView> ComputeAsync(CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Include(m => m.BalancingLinks).ToListAsync(cancellationToken).ConfigureAwait(false);
        measures.Sort((a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name));
        // The review log, where it has discussed a measure, says when it was last reviewed and whether its signals are passed over.
        var facts = await ReviewFacts.LoadAsync(db, measures, cancellationToken).ConfigureAwait(false);
        var health = facts.Health(measures, Today, Options);
        var byId = measures.ToDictionary(m => m.Id);
        var entries = measures.Select(m => new MeasureEntry(
            m,
            health.For(m.Id),
            [.. m.BalancingLinks.Select(l => byId[l.BalancingMeasureId]).OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase)],
            [.. measures.Where(other => other.BalancingLinks.Any(l => l.BalancingMeasureId == m.Id))])
        {
            LastReviewedOn = facts.Records[m.Id].LastDiscussedOn ?? m.LastReviewedOn,
            ReviewedInLog = facts.Records[m.Id].LastDiscussedOn is not null,
        }).ToList();
        return new RegistryView(entries, health, Options);
    }

    /// <summary>One measure with its health check, or <c>null</c> when no measure has the id.</summary>
    public async Task<MeasureEntry?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        return view.Entries.FirstOrDefault(e => e.Measure.Id == id);
    }

    /// <summary>The id and name of every measure, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken cancellationToken) =>
        [.. (await db.Measures.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(m => (m.Id, m.Name))];

    /// <summary>Validates a card and saves it as a new measure (<paramref name="id"/> null) or over an existing one.</summary>
    public async Task<SaveOutcome> SaveAsync(Guid? id, MeasureInput input, CancellationToken cancellationToken)
    {
        Measure? measure = null;
        if (id is { } existing)
        {
            measure = await db.Measures.Include(m => m.BalancingLinks).FirstOrDefaultAsync(m => m.Id == existing, cancellationToken).ConfigureAwait(false);
            if (measure is null)
            {
                return new SaveOutcome.NotFound();
            }
        }

        var names = await NamesAsync(cancellationToken).ConfigureAwait(false);
        var (values, errors) = MeasureValidator.Validate(input, new MeasureValidator.Registry(id, names), Today);
        if (values is null)
        {
            return new SaveOutcome.Invalid(errors);
        }

        if (measure is null)
        {
            measure = new Measure { Id = Guid.NewGuid(), CreatedOn = Today };
            db.Measures.Add(measure);
        }

        values.ApplyTo(measure);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            if (!await NameTakenAsync(measure, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            // Another request saved the same name between our check and our write.
            return new SaveOutcome.Invalid(new() { [nameof(MeasureInput.Name)] = [$"A measure called \"{measure.Name}\" is already in the registry; give this one a different name."] });
        }

        return new SaveOutcome.Saved(measure.Id);
    }

    /// <summary>Validates a card without saving it: <see cref="SaveOutcome.Invalid"/> with every problem, or a
    /// <see cref="SaveOutcome.Saved"/> that was not written (its id is <see cref="Guid.Empty"/> for a new card).</summary>
    public async Task<SaveOutcome> CheckAsync(Guid? id, MeasureInput input, CancellationToken cancellationToken)
    {
        if (id is { } existing && !await db.Measures.AnyAsync(m => m.Id == existing, cancellationToken).ConfigureAwait(false))
        {
            return new SaveOutcome.NotFound();
        }

        var names = await NamesAsync(cancellationToken).ConfigureAwait(false);
        var (values, errors) = MeasureValidator.Validate(input, new MeasureValidator.Registry(id, names), Today);
        return values is null ? new SaveOutcome.Invalid(errors) : new SaveOutcome.Saved(id ?? Guid.Empty);
    }

    /// <summary>Removes a measure and every balancing link to or from it; false when no measure has the id.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Measures.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    private async Task<bool> NameTakenAsync(Measure measure, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Measures.AnyAsync(m => m.Name == measure.Name && m.Id != measure.Id, cancellationToken).ConfigureAwait(false);
    }
}
