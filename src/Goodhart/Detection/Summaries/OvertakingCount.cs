namespace Goodhart.Detection.Summaries;

/// <summary>
/// Cases of one priority class that arrived in one reporting period, and how often each was overtaken: served before
/// it although it arrived later (the cherry-picking detector's input).
/// </summary>
/// <param name="PeriodStart">The first day of the reporting period of the cases' arrival.</param>
/// <param name="Priority">The priority class as recorded (e.g. a triage category).</param>
/// <param name="Cases">How many cases of the class arrived in the period.</param>
/// <param name="Overtaken">How many were overtaken by a later arrival of the same class.</param>
/// <param name="OvertakenByLowerPriority">How many were overtaken by a later arrival of a less urgent class.</param>
/// <param name="Breached">How many did not meet the target.</param>
/// <param name="BreachedOvertaken">How many did not meet the target and were overtaken by a later arrival of the same class.</param>
public readonly record struct OvertakingCount(
    DateOnly PeriodStart,
    string Priority,
    long Cases,
    long Overtaken,
    long OvertakenByLowerPriority,
    long Breached,
    long BreachedOvertaken);
