using Goodhart.Registry;
using Goodhart.Reviews;
using Goodhart.Spc;
using Goodhart.Store;
using Goodhart.Web.Series;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Reviews;

/// <summary>
/// What the review log and the charts say about every measure, read in one go: the signals on each chart, which of
/// them reviews decided on, the meetings held, and each measure's review record for the health check.
/// </summary>
/// <param name="Signals">Every signal of every measure's chart.</param>
/// <param name="Disposed">The signals a review gave a disposition.</param>
/// <param name="Meetings">Every meeting: id, team and date.</param>
/// <param name="Records">Each measure's review record.</param>
/// <param name="LastStressTests">Each measure's latest stress test, matched by name.</param>
public sealed record ReviewFacts(
    IReadOnlyList<MeasureSignal> Signals,
    IReadOnlySet<SignalKey> Disposed,
    IReadOnlyList<(Guid Id, string Team, DateOnly HeldOn)> Meetings,
    IReadOnlyDictionary<Guid, ReviewRecord> Records,
    IReadOnlyDictionary<Guid, DateOnly> LastStressTests)
{
    /// <summary>Reads the facts for the given measures.</summary>
    /// <param name="db">The registry's database.</param>
    /// <param name="measures">The measures of the registry.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<ReviewFacts> LoadAsync(GoodhartDbContext db, IReadOnlyList<Measure> measures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(measures);
        var values = await db.SeriesValues.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = (await db.ReviewMeetings.AsNoTracking().Select(m => new { m.Id, m.Team, m.HeldOn }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(m => (m.Id, m.Team, m.HeldOn)).ToList();
        var discussed = await db.ReviewedMeasures.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var dispositions = await db.SignalDispositions.AsNoTracking().Select(d => new { d.MeasureId, d.SignalFirst }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actedOn = (await db.ReviewActions.AsNoTracking().Where(a => a.MeasureId != null).Select(a => a.MeasureId!.Value).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var tests = await db.StressTestSessions.AsNoTracking().Select(s => new { s.MeasureName, s.UpdatedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var settings = await db.SeriesSettings.AsNoTracking().ToDictionaryAsync(s => s.MeasureId, cancellationToken).ConfigureAwait(false);

        var heldOn = meetings.ToDictionary(m => m.Id, m => m.HeldOn);
        var dates = meetings.Select(m => m.HeldOn).ToList();
        var disposed = dispositions.Select(d => new SignalKey(d.MeasureId, d.SignalFirst)).ToHashSet();
        var byMeasure = values.GroupBy(v => v.MeasureId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Period).ToList());
        var signals = new List<MeasureSignal>();
        var records = new Dictionary<Guid, ReviewRecord>();
        var lastTests = new Dictionary<Guid, DateOnly>();
        foreach (var measure in measures)
        {
            var own = byMeasure.TryGetValue(measure.Id, out var points) ? ChartSignals(measure, points, settings.GetValueOrDefault(measure.Id)) : [];
            signals.AddRange(own);
            var last = discussed.Where(r => r.MeasureId == measure.Id).Select(r => (DateOnly?)heldOn[r.MeetingId]).Max();
            records[measure.Id] = new ReviewRecord(last, OrnamentRule.Check(own, disposed, dates, actedOn.Contains(measure.Id)));
            var name = measure.Name.Trim();
            if (tests.Where(t => string.Equals(t.MeasureName.Trim(), name, StringComparison.OrdinalIgnoreCase)).Select(t => (DateOnly?)t.UpdatedOn).Max() is { } tested)
            {
                lastTests[measure.Id] = tested;
            }
        }

        return new ReviewFacts(signals, disposed, meetings, records, lastTests);
    }

    /// <summary>The health check of the registry with the review log as its source for reviews.</summary>
    public RegistryHealth Health(IReadOnlyList<Measure> measures, DateOnly today, HealthCheckOptions options) =>
        MeasureHealthCheck.Check([.. measures.Select(m => m.ToCard())], today, options, Records);

    // The same chart as the series page (SeriesCharts: its chart kind, baseline and phases), without the drawing and
    // the false-alarm simulation, so the agenda's signals are the ones the chart shows.
    private static IReadOnlyList<MeasureSignal> ChartSignals(Measure measure, List<SeriesValue> values, SeriesSettings? settings)
    {
        var points = values.Select(v => new SeriesPoint(v.Period, v.Value, v.Denominator)).ToList();
        var (options, _) = SeriesOptions.For(measure, points, settings, replicates: 0);
        return MeasureSignals.From(measure.Id, SpcAnalysis.Run(SeriesCharts.SeriesOf(measure.Name, points), options));
    }
}
