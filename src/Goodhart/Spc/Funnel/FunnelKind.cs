namespace Goodhart.Spc.Funnel;

/// <summary>What the units' numerators and denominators measure, which decides the variance of a unit's rate.</summary>
public enum FunnelKind
{
    /// <summary>
    /// A proportion: cases meeting a standard out of cases seen (numerator ≤ denominator). Counts are binomial,
    /// so a unit's rate has variance θ₀(1 − θ₀)/n (Spiegelhalter 2005, Stat Med 24:1185, table I).
    /// </summary>
    Proportion,

    /// <summary>
    /// A rate or ratio: events per unit of exposure (per risk day, or observed over expected for an indirectly
    /// standardised ratio, where the denominator is the expected count). Counts are Poisson, so a unit's rate
    /// has variance θ₀/n (Spiegelhalter 2005, table I).
    /// </summary>
    Rate,
}
