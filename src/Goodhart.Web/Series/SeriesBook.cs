using Goodhart.Store;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Series;

/// <summary>The measures' series as the pages and the API use them: read by period, checked writes.</summary>
/// <param name="db">The registry's database.</param>
public sealed class SeriesBook(GoodhartDbContext db)
{
    /// <summary>The measure, or <c>null</c> when no measure has the id.</summary>
    public Task<Measure?> MeasureAsync(Guid id, CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The measure's series, by period.</summary>
    public async Task<IReadOnlyList<SeriesPoint>> PointsAsync(Guid measureId, CancellationToken cancellationToken)
    {
        var rows = await db.SeriesValues.AsNoTracking().Where(v => v.MeasureId == measureId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(v => v.Period).Select(v => new SeriesPoint(v.Period, v.Value, v.Denominator))];
    }

    /// <summary>Checks a typed value and adds it to the series: the point added, or every problem by field.</summary>
    public async Task<(SeriesPoint? Point, Dictionary<string, string[]> Errors)> AppendAsync(Guid measureId, SeriesPointInput input, CancellationToken cancellationToken)
    {
        var existing = await PointsAsync(measureId, cancellationToken).ConfigureAwait(false);
        var (point, errors) = SeriesPointValidator.Validate(input, existing);
        if (point is { } p)
        {
            db.SeriesValues.Add(new SeriesValue { Id = Guid.NewGuid(), MeasureId = measureId, Period = p.Period, Value = p.Value, Denominator = p.Denominator });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                if (!await PeriodTakenAsync(measureId, p.Period, cancellationToken).ConfigureAwait(false))
                {
                    throw;
                }

                // Another request stored the same period between our check and our write.
                return (null, new() { [nameof(SeriesPointInput.Period)] = [$"The series already has a value for {p.Period:yyyy-MM-dd}; a period holds one value."] });
            }
        }

        return (point, errors);
    }

    /// <summary>
    /// Checks a new value (and denominator) for a period already in the series and stores it: the point as changed,
    /// or every problem by field. The period itself stays; to move a value, delete it and add it again.
    /// </summary>
    public async Task<(SeriesPoint? Point, Dictionary<string, string[]> Errors)> UpdateAsync(Guid measureId, SeriesPointInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = await PointsAsync(measureId, cancellationToken).ConfigureAwait(false);
        var periodText = input.Period?.Trim() ?? "";
        if (!DateOnly.TryParseExact(periodText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var period)
            || existing.All(p => p.Period != period))
        {
            return (null, new() { [nameof(SeriesPointInput.Period)] = [$"The series has no value for '{periodText}' to change; it may have been deleted or replaced by an upload."] });
        }

        // Checked as if added to the rest of the series, so the same rules about denominators hold.
        var (point, errors) = SeriesPointValidator.Validate(input, [.. existing.Where(p => p.Period != period)]);
        if (point is { } changed)
        {
            var row = await db.SeriesValues.FirstAsync(v => v.MeasureId == measureId && v.Period == period, cancellationToken).ConfigureAwait(false);
            row.Value = changed.Value;
            row.Denominator = changed.Denominator;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return (point, errors);
    }

    /// <summary>Deletes the value of one period; <c>false</c> when the series has none for it.</summary>
    public async Task<bool> DeleteAsync(Guid measureId, DateOnly period, CancellationToken cancellationToken) =>
        await db.SeriesValues.Where(v => v.MeasureId == measureId && v.Period == period).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Replaces the measure's whole series with <paramref name="points"/>, in one transaction.</summary>
    public async Task ReplaceAsync(Guid measureId, IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.SeriesValues.Where(v => v.MeasureId == measureId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            db.SeriesValues.AddRange(points.Select(p => new SeriesValue
            {
                Id = Guid.NewGuid(),
                MeasureId = measureId,
                Period = p.Period,
                Value = p.Value,
                Denominator = p.Denominator,
            }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private async Task<bool> PeriodTakenAsync(Guid measureId, DateOnly period, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.SeriesValues.AnyAsync(v => v.MeasureId == measureId && v.Period == period, cancellationToken).ConfigureAwait(false);
    }
}
