namespace Goodhart.Spc.Funnel;

/// <summary>
/// How the limits allow for over-dispersion: units that differ from one another by more than chance, for
/// reasons (case mix, coding, local practice) the measure does not capture (Spiegelhalter 2005, "Handling
/// over-dispersion of performance indicators", Qual Saf Health Care 14:347).
/// </summary>
public enum FunnelAdjustment
{
    /// <summary>No adjustment: the limits allow for chance alone.</summary>
    None,

    /// <summary>
    /// Multiplicative: every unit's variance is multiplied by φ, the (winsorised) mean squared z-score, so the
    /// limits widen by √φ. Never narrows the limits (φ below 1 is taken as 1). Because the limits still close
    /// in on the target as the denominator grows, large units are flagged for differences too small to matter.
    /// </summary>
    Multiplicative,

    /// <summary>
    /// Additive random effects: a between-unit variance τ² (DerSimonian–Laird moment estimate from the winsorised
    /// z-scores) is added to every unit's variance, so the limits widen most for the largest units and keep a
    /// floor width of z·τ however large a unit is. τ² is never negative.
    /// </summary>
    Additive,

    /// <summary>
    /// Test for over-dispersion first (I·φ against χ² on I − 1 degrees of freedom) and, when it is found, use the
    /// additive adjustment; otherwise none. This follows Spiegelhalter's recommendation of a random-effects model
    /// when units are over-dispersed (QSHC 2005, "Additive random effects models"). The default.
    /// </summary>
    Automatic,
}
