namespace Goodhart.Data.Cases;

/// <summary>
/// Which columns of a case file hold what, and the target the cases are held to. Durations come either from a start
/// and an end time (<see cref="Start"/> and <see cref="End"/>), or from a recorded duration (<see cref="Duration"/>,
/// with <see cref="End"/> optional for the period summaries).
/// </summary>
/// <param name="Threshold">The target, in <see cref="Unit"/>s (e.g. 240 minutes for a 4-hour target).</param>
/// <param name="Unit">The unit of durations, the threshold and the histogram.</param>
public sealed record CaseMapping(double Threshold, DurationUnit Unit = DurationUnit.Minutes)
{
    /// <summary>The column with the start time; with <see cref="End"/>, durations are end minus start.</summary>
    public string? Start { get; init; }

    /// <summary>The column with the end (completion) time; the period summaries count cases by it.</summary>
    public string? End { get; init; }

    /// <summary>The column with a recorded duration in <see cref="Unit"/>s, instead of start and end.</summary>
    public string? Duration { get; init; }

    /// <summary>Which durations meet the target.</summary>
    public ComplySide Comply { get; init; } = ComplySide.AtOrBelow;

    /// <summary>The reporting period of the period summaries.</summary>
    public CasePeriod Period { get; init; } = CasePeriod.Month;

    /// <summary>The column with a category (disposal, ticket type) for <see cref="CaseSource.PeriodCategoryCounts"/>.</summary>
    public string? Category { get; init; }

    /// <summary>Categories exempt from the target (e.g. planned returns); the reclassification detector watches their share.</summary>
    public IReadOnlyList<string> Exempt { get; init; } = [];

    /// <summary>The column with the priority class (e.g. triage category); a lower value is more urgent.</summary>
    public string? Priority { get; init; }

    /// <summary>The column identifying the person (patient, caller, customer), for repeat contacts.</summary>
    public string? Person { get; init; }

    /// <summary>How soon after a case ends a new case for the same person counts as a repeat contact.</summary>
    public TimeSpan RepeatWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The column with the time a case joined the queue, for queue order; <c>null</c> means the start column (or, with a
    /// duration column, the end time less the duration). Cases are served in the order of their end time.
    /// </summary>
    public string? Arrival { get; init; }

    /// <summary>
    /// How text timestamps are written, in strftime form (e.g. <c>%d/%m/%Y %H:%M</c>); <c>null</c> accepts ISO 8601
    /// (<c>2026-03-01 14:05:00</c> or <c>2026-03-01T14:05</c>).
    /// </summary>
    public string? TimestampFormat { get; init; }

    /// <summary>
    /// Durations above this many units are absurd and left out (a case open for years is a recording error);
    /// <c>null</c> means 100 times the threshold.
    /// </summary>
    public double? Cap { get; init; }

    /// <summary>The cap actually used.</summary>
    public double EffectiveCap => Cap ?? 100 * Threshold;

    /// <summary>The length of one unit in seconds.</summary>
    public double UnitSeconds => Unit switch
    {
        DurationUnit.Seconds => 1,
        DurationUnit.Minutes => 60,
        DurationUnit.Hours => 3600,
        _ => 86400,
    };

    /// <summary>The unit's name as the histogram records it, e.g. <c>minutes</c>.</summary>
    public string UnitName => Unit.ToString().ToLowerInvariant();
}
