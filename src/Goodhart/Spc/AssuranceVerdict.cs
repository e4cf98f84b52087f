namespace Goodhart.Spc;

/// <summary>
/// The Making Data Count assurance verdict: whether the process as it is, within its limits, can be relied on to
/// meet the target.
/// </summary>
public enum AssuranceVerdict
{
    /// <summary>Not judged: no target, a neutral direction, or no limits (run and moving-range charts).</summary>
    None,

    /// <summary>The whole band between the limits is on the passing side of the target: it will be met every time unless the process changes.</summary>
    ConsistentlyPass,

    /// <summary>The whole band between the limits is on the failing side of the target: it will be missed every time, whatever the pressure, unless the system changes.</summary>
    ConsistentlyFail,

    /// <summary>The target lies between the limits (or on one): it will be met in some periods and missed in others by chance alone.</summary>
    HitAndMiss,
}
