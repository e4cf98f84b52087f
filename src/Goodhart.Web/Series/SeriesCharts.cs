using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Goodhart.Spc;
using Goodhart.Store;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Series;

/// <summary>
/// Charts measures' series with their stored settings. The false-alarm figure comes from a simulation of thousands of
/// stable series; it is run once per set of inputs and kept in the database, so a page view reads it back instead of
/// running it again.
/// </summary>
/// <param name="db">The registry's database.</param>
/// <param name="clock">The app's clock, to date the kept results.</param>
public sealed class SeriesCharts(GoodhartDbContext db, TimeProvider clock)
{
    /// <summary>The stored settings of a measure's series, or <c>null</c> when it has the defaults.</summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public Task<SeriesSettings?> SettingsAsync(Guid measureId, CancellationToken cancellationToken) =>
        db.SeriesSettings.AsNoTracking().FirstOrDefaultAsync(s => s.MeasureId == measureId, cancellationToken);

    /// <summary>Stores the settings of a measure's series, replacing any before.</summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="settings">The checked settings.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public async Task SaveSettingsAsync(Guid measureId, SeriesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stored = await db.SeriesSettings.FirstOrDefaultAsync(s => s.MeasureId == measureId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            stored = new SeriesSettings { MeasureId = measureId };
            db.SeriesSettings.Add(stored);
        }

        stored.Chart = settings.Chart;
        stored.Baseline = settings.Baseline;
        stored.PhaseStarts = settings.PhaseStarts;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A measure's values as the SPC engine takes them: by period, with denominators when any value has one.</summary>
    /// <param name="name">The measure's name.</param>
    /// <param name="points">The series, by period.</param>
    public static SpcSeries SeriesOf(string name, IReadOnlyList<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new SpcSeries(
            name,
            [.. points.Select(p => SpcKey.Of(p.Period))],
            [.. points.Select(p => (double?)p.Value)],
            points.Any(p => p.Denominator is not null) ? [.. points.Select(p => p.Denominator)] : null);
    }

    /// <summary>Charts a measure's series with its settings, the false-alarm figure kept or worked out once.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="points">Its series, by period; at least one point.</param>
    /// <param name="idPrefix">A prefix, unique within the page, for the drawing's internal ids.</param>
    /// <param name="cancellationToken">Stops the reads and writes.</param>
    /// <returns>The chart, and notes on settings that no longer fit the series and on values the chart kind left out.</returns>
    public async Task<(SeriesChart Chart, IReadOnlyList<string> Notes)> ChartAsync(
        Measure measure, IReadOnlyList<SeriesPoint> points, string idPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(points);
        var settings = await SettingsAsync(measure.Id, cancellationToken).ConfigureAwait(false);
        var (options, notes) = SeriesOptions.For(measure, points, settings, replicates: 0);
        var series = SeriesOf(measure.Name, points);
        var result = SpcAnalysis.Run(series, options);
        var simulated = options with { FalseAlarmReplicates = SpcOptions.DefaultReplicates };
        var key = KeyOf(simulated, result.Phases);
        var kept = await db.FalseAlarmResults.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken).ConfigureAwait(false);
        if (kept is not null)
        {
            result = result with { FalseAlarm = new FalseAlarmEstimate(kept.Probability, kept.StandardError, kept.Replicates, kept.Seed, kept.Sentence) };
        }
        else
        {
            result = SpcAnalysis.Run(series, simulated);
            if (result.FalseAlarm is { } estimate)
            {
                await KeepAsync(key, estimate, cancellationToken).ConfigureAwait(false);
            }
        }

        // A chart kind can refuse some values (a negative count, a proportion above 1); say which were left out.
        IReadOnlyList<string> all = [.. notes, .. result.Warnings.Where(w => w.Code == "invalid-point").Select(w => w.Message)];
        return (SeriesChart.From(result, idPrefix), all);
    }

    /// <summary>
    /// The key of a false-alarm simulation: a hash of everything it depends on. The simulation charts stable series of
    /// each phase's length exactly as the real one is charted, so it depends on the chart kind, the number of values
    /// in each phase, the baseline, the rules, moving-range screening, the limit constant, the replicates and the seed;
    /// not on the values themselves.
    /// </summary>
    /// <param name="options">The options the chart is made with, replicates included.</param>
    /// <param name="phases">The chart's phases.</param>
    public static string KeyOf(SpcOptions options, IReadOnlyList<SpcPhase> phases)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(phases);
        var text = string.Join('|',
            "v1",
            options.Chart.ToString(),
            string.Join(',', phases.Select(p => p.Values.ToString(CultureInfo.InvariantCulture))),
            options.Baseline?.ToString(CultureInfo.InvariantCulture) ?? "-",
            options.EffectiveRules.ToString(),
            options.ScreenMovingRanges ? "screen" : "no-screen",
            options.E2?.ToString("R", CultureInfo.InvariantCulture) ?? "-",
            options.MinimumPhasePoints.ToString(CultureInfo.InvariantCulture),
            options.FalseAlarmReplicates.ToString(CultureInfo.InvariantCulture),
            options.FalseAlarmSeed.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private async Task KeepAsync(string key, FalseAlarmEstimate estimate, CancellationToken cancellationToken)
    {
        db.FalseAlarmResults.Add(new FalseAlarmResult
        {
            Key = key,
            Probability = estimate.Probability,
            StandardError = estimate.StandardError,
            Replicates = estimate.Replicates,
            Seed = estimate.Seed,
            Sentence = estimate.Sentence,
            ComputedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request kept the same result first; it is the same figure, so there is nothing to do.
            db.ChangeTracker.Clear();
        }
    }
}
