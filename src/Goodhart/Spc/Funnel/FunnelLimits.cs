namespace Goodhart.Spc.Funnel;

/// <summary>
/// The two pairs of funnel limits for one denominator, on the rate scale (events per unit of denominator):
/// 95% (two-sided, z = 1.959964) and 99.8% (two-sided, z = 3.090232).
/// </summary>
/// <param name="Lower95">The lower 95% limit.</param>
/// <param name="Upper95">The upper 95% limit.</param>
/// <param name="Lower998">The lower 99.8% limit.</param>
/// <param name="Upper998">The upper 99.8% limit.</param>
public readonly record struct FunnelLimits(double Lower95, double Upper95, double Lower998, double Upper998);
