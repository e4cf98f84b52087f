namespace Goodhart.Reviews;

/// <summary>The settings of the agenda.</summary>
public sealed record AgendaOptions
{
    /// <summary>The defaults: stress tests go stale after 6 months; a first meeting looks back 6 months for signals.</summary>
    public static AgendaOptions Default { get; } = new();

    /// <summary>A stress test older than this many months is due again: the work and the pressures on it move on.</summary>
    public int StressTestMonths { get; init; } = 6;

    /// <summary>Before a team's first review, signals that went on within this many months are new to it.</summary>
    public int FirstMeetingMonths { get; init; } = 6;
}
