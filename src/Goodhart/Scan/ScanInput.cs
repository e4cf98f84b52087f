using Goodhart.Detection.Summaries;

namespace Goodhart.Scan;

/// <summary>
/// What the gaming scan reads: the summaries of one case log that could be computed (each detector needs its own), and
/// how many cases were counted and left out.
/// </summary>
/// <param name="Histogram">Cases by whole duration (rushing, parking, pretend numbers).</param>
/// <param name="PeriodDays">Completions by day of the reporting period (storing up).</param>
/// <param name="PeriodCategories">Cases by period and category (reclassification).</param>
/// <param name="DurationExempt">Cases and exempt cases by whole duration (reclassification).</param>
/// <param name="Overtaking">Queue overtaking by period and priority (cherry-picking).</param>
/// <param name="RepeatContacts">Repeat contacts by whole duration (rework).</param>
public sealed record ScanInput(
    ScanPart<DurationHistogram> Histogram,
    ScanPart<IReadOnlyList<PeriodDayCount>> PeriodDays,
    ScanPart<IReadOnlyList<PeriodCategoryCount>> PeriodCategories,
    ScanPart<IReadOnlyList<DurationExemptCount>> DurationExempt,
    ScanPart<IReadOnlyList<OvertakingCount>> Overtaking,
    ScanPart<IReadOnlyList<RepeatContactCount>> RepeatContacts)
{
    /// <summary>The categories exempt from the target (reclassification).</summary>
    public IReadOnlyCollection<string> Exempt { get; init; } = [];

    /// <summary>The cases counted.</summary>
    public long Counted { get; init; }

    /// <summary>The cases left out (unreadable times, end before start, absurd durations).</summary>
    public long Excluded { get; init; }

    /// <summary>What the user should know about the data, in plain words.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
