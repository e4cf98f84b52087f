namespace Goodhart.Spc.Funnel;

/// <summary>One unit on the funnel plot: its rate, how far it is from the target, and where it falls.</summary>
/// <param name="Index">The unit's 0-based position in the input.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Numerator">The events as given.</param>
/// <param name="Denominator">The cases or exposure as given.</param>
/// <param name="Rate">Numerator / denominator.</param>
/// <param name="Z">The z-score (rate − θ₀) / sqrt(V(θ₀)/n), allowing for chance alone.</param>
/// <param name="AdjustedZ">
/// The z-score after the over-dispersion adjustment: z/√φ (multiplicative), (rate − θ₀)/sqrt(V(θ₀)/n + τ²)
/// (additive), or <see cref="Z"/> when there is none.
/// </param>
/// <param name="Limits">The limits at this unit's denominator (the ones drawn).</param>
/// <param name="Band">Where the rate falls relative to <see cref="Limits"/>.</param>
/// <param name="Side">Above or below the 95% limits, or none when within them.</param>
/// <param name="Signal">What being outside the 95% limits means given the improvement direction.</param>
public sealed record FunnelUnitResult(
    int Index,
    string Name,
    double Numerator,
    double Denominator,
    double Rate,
    double Z,
    double AdjustedZ,
    FunnelLimits Limits,
    FunnelBand Band,
    SignalSide Side,
    SignalKind Signal)
{
    /// <summary>Whether the unit is beyond the 99.8% limits.</summary>
    public bool IsBeyond998 => Band is FunnelBand.Above998 or FunnelBand.Below998;

    /// <summary>Whether the unit is beyond the 95% limits (including beyond 99.8%).</summary>
    public bool IsBeyond95 => Band != FunnelBand.Within95;
}
