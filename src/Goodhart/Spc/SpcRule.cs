namespace Goodhart.Spc;

/// <summary>The rules that fired for a point, as flags; <see cref="SpcRuleIds"/> turns them into stable ids.</summary>
[Flags]
public enum SpcRule
{
    /// <summary>No rule fired.</summary>
    None = 0,

    /// <summary><c>beyond-limits</c>: the point lies strictly beyond a 3-sigma limit.</summary>
    BeyondLimits = 1,

    /// <summary><c>shift</c>: the point is part of a run of (by default) 7 or more points on one side of the centre line.</summary>
    Shift = 2,

    /// <summary><c>trend</c>: the point is part of (by default) 7 or more points rising or falling at every step.</summary>
    Trend = 4,

    /// <summary><c>two-of-three</c>: the point is one of two of three consecutive points beyond 2 sigma on the same side.</summary>
    TwoOfThree = 8,

    /// <summary><c>long-run</c>: the point is part of a run longer than Anhøj's limit round(log₂ n) + 3.</summary>
    LongRun = 16,

    /// <summary><c>few-crossings</c>: its phase crosses the centre line fewer times than Anhøj's limit; every point of the phase is flagged.</summary>
    FewCrossings = 32,
}
