namespace Goodhart.Spc.Funnel;

/// <summary>One unit to compare on a funnel plot (a trust, a team, a ward): its events over its denominator.</summary>
/// <param name="Name">The unit's name or code.</param>
/// <param name="Numerator">The events (or cases meeting the standard).</param>
/// <param name="Denominator">The cases (for proportions) or the exposure (for ratios); positive.</param>
public sealed record FunnelUnit(string Name, double Numerator, double Denominator);
