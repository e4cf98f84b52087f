namespace Goodhart.Spc.Funnel;

/// <summary>Everything that decides how units are compared on a funnel plot.</summary>
/// <param name="Kind">Proportions (binomial) or rates and ratios (Poisson).</param>
/// <param name="Target">
/// The target θ₀ the limits are drawn around, on the rate scale (a proportion in [0, 1], or events per unit of
/// denominator; 1 for an observed/expected ratio), or <c>null</c> for the overall rate Σ numerators / Σ denominators.
/// </param>
/// <param name="Limits">How the unadjusted limits are computed; <see cref="FunnelLimitMethod.Exact"/> by default.</param>
/// <param name="Adjustment">How to allow for over-dispersion; <see cref="FunnelAdjustment.Automatic"/> by default.</param>
/// <param name="Direction">Which way is improvement, so a unit outside the limits reads as improvement or concern.</param>
/// <param name="WinsorFraction">
/// The share of z-scores at each end pulled in to the percentile before φ is estimated, so a few outlying units do
/// not inflate it (Spiegelhalter, QSHC 2005: 10%). Between 0 and 0.5.
/// </param>
/// <param name="SignificanceLevel">The level of the over-dispersion test (0.05 by default).</param>
/// <param name="CurvePoints">How many denominators the drawing grid holds (at least 2).</param>
/// <param name="Multiplier">
/// A display factor for rates, e.g. 10,000 for "per 10,000 risk days" or 100 for percentages. The analysis is
/// unchanged; reports multiply rates, targets and limits by it.
/// </param>
public sealed record FunnelOptions(
    FunnelKind Kind,
    double? Target = null,
    FunnelLimitMethod Limits = FunnelLimitMethod.Exact,
    FunnelAdjustment Adjustment = FunnelAdjustment.Automatic,
    ImprovementDirection Direction = ImprovementDirection.Neutral,
    double WinsorFraction = FunnelOptions.DefaultWinsorFraction,
    double SignificanceLevel = 0.05,
    int CurvePoints = FunnelOptions.DefaultCurvePoints,
    double Multiplier = 1)
{
    /// <summary>The default share winsorised at each end (10%).</summary>
    public const double DefaultWinsorFraction = 0.1;

    /// <summary>The default number of grid points on the drawn curve.</summary>
    public const int DefaultCurvePoints = 200;

    /// <summary>Fewer units than this make the over-dispersion estimate unreliable.</summary>
    public const int MinimumUnitsForDispersion = 10;
}
