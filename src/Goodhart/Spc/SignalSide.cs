namespace Goodhart.Spc;

/// <summary>Which way a signal points.</summary>
public enum SignalSide
{
    /// <summary>No side: no signal, or a signal about the whole phase (too few crossings).</summary>
    None,

    /// <summary>Above the centre line, beyond the upper limit, or a rising trend.</summary>
    High,

    /// <summary>Below the centre line, beyond the lower limit, or a falling trend.</summary>
    Low,
}
