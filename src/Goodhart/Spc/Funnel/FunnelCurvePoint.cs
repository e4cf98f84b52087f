namespace Goodhart.Spc.Funnel;

/// <summary>The funnel limits at one denominator of the drawing grid.</summary>
/// <param name="Denominator">The denominator (cases or exposure).</param>
/// <param name="Limits">The limits at that denominator.</param>
public readonly record struct FunnelCurvePoint(double Denominator, FunnelLimits Limits);
