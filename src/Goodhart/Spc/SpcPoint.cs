namespace Goodhart.Spc;

/// <summary>
/// One plotted point of a chart with the limits that apply to it and the rules it broke. Limits are
/// <c>null</c> where a chart has none (a run chart) or a point's phase has no values; <see cref="Value"/> is
/// <c>null</c> for a missing period, which keeps its place in time.
/// </summary>
/// <param name="Index">0-based position in the series.</param>
/// <param name="Key">The period.</param>
/// <param name="Value">
/// The plotted value: the value itself; numerator / denominator when there are denominators (P, P′, U, U′ charts,
/// and run, I and mR charts given denominators); on an mR chart the moving range ending at this point.
/// </param>
/// <param name="Numerator">The value as given (the numerator when there are denominators).</param>
/// <param name="Denominator">The denominator as given, or <c>null</c>.</param>
/// <param name="Phase">0-based phase (a rebase starts a new one).</param>
/// <param name="Centre">The centre line.</param>
/// <param name="Lower">The lower 3-sigma limit.</param>
/// <param name="Upper">The upper 3-sigma limit.</param>
/// <param name="Lower2">The lower 2-sigma line.</param>
/// <param name="Upper2">The upper 2-sigma line.</param>
/// <param name="Rules">The rules this point is part of.</param>
/// <param name="Side">Which way the point's signal points (above or below the centre line, or the direction of a trend).</param>
/// <param name="Signal">What the signal means given the improvement direction.</param>
/// <param name="InBaseline">Whether the point's value went into the calculation of its phase's limits.</param>
public readonly record struct SpcPoint(
    int Index,
    SpcKey Key,
    double? Value,
    double? Numerator,
    double? Denominator,
    int Phase,
    double? Centre,
    double? Lower,
    double? Upper,
    double? Lower2,
    double? Upper2,
    SpcRule Rules,
    SignalSide Side,
    SignalKind Signal,
    bool InBaseline)
{
    /// <summary>Whether the point is part of any signal.</summary>
    public bool IsSignal => Rules != SpcRule.None;
}
