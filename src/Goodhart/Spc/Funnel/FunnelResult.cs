namespace Goodhart.Spc.Funnel;

/// <summary>
/// A funnel plot: the target, the limits as a function of the denominator, every unit's place, the over-dispersion
/// estimate and the adjustment made, with a plain-language summary and warnings.
/// </summary>
public sealed record FunnelResult
{
    private readonly FunnelLimitCalculator _limits;

    internal FunnelResult(
        FunnelOptions options,
        double target,
        FunnelLimitMethod limitMethod,
        FunnelAdjustment adjustment,
        FunnelOverdispersion? overdispersion,
        IReadOnlyList<FunnelUnitResult> units,
        IReadOnlyList<FunnelCurvePoint> curve,
        string summary,
        IReadOnlyList<SpcMessage> warnings,
        FunnelLimitCalculator limits)
    {
        Options = options;
        Target = target;
        LimitMethod = limitMethod;
        Adjustment = adjustment;
        Overdispersion = overdispersion;
        Units = units;
        Curve = curve;
        Summary = summary;
        Warnings = warnings;
        _limits = limits;
    }

    /// <summary>The options the plot was made with.</summary>
    public FunnelOptions Options { get; }

    /// <summary>The kind of measure.</summary>
    public FunnelKind Kind => Options.Kind;

    /// <summary>θ₀, the centre line: the given target, or the overall rate Σ numerators / Σ denominators. NaN when no unit could be used.</summary>
    public double Target { get; }

    /// <summary>Whether <see cref="Target"/> is the overall rate of the units (rather than a given target).</summary>
    public bool TargetIsOverallRate => Options.Target is null;

    /// <summary>
    /// How the drawn limits were computed. Exact (binomial or Poisson quantiles) when asked for and no adjustment
    /// is made; the normal form whenever the limits are adjusted for over-dispersion, since the adjustments are
    /// defined on the normal scale (Spiegelhalter, QSHC 2005).
    /// </summary>
    public FunnelLimitMethod LimitMethod { get; }

    /// <summary>The over-dispersion adjustment actually made: none, multiplicative or additive (never automatic).</summary>
    public FunnelAdjustment Adjustment { get; }

    /// <summary>The over-dispersion estimate and test, or <c>null</c> when it cannot be made (fewer than 2 units, or a target of 0 or 1).</summary>
    public FunnelOverdispersion? Overdispersion { get; }

    /// <summary>φ, the winsorised mean squared z-score, or <c>null</c>.</summary>
    public double? Phi => Overdispersion?.Phi;

    /// <summary>τ², the between-unit variance, or <c>null</c>.</summary>
    public double? Tau2 => Overdispersion?.Tau2;

    /// <summary>The units that could be used, in input order (units with a problem are left out and named in <see cref="Warnings"/>).</summary>
    public IReadOnlyList<FunnelUnitResult> Units { get; }

    /// <summary>The limits over a grid of denominators from the smallest unit's to the largest's (log-spaced), for drawing.</summary>
    public IReadOnlyList<FunnelCurvePoint> Curve { get; }

    /// <summary>One or two sentences saying whether the units vary more than chance and what was done about it.</summary>
    public string Summary { get; }

    /// <summary>Problems with units (left out) and things a reader should know.</summary>
    public IReadOnlyList<SpcMessage> Warnings { get; }

    /// <summary>The drawn limits at any positive denominator.</summary>
    /// <param name="denominator">The cases or exposure.</param>
    public FunnelLimits LimitsAt(double denominator)
    {
        if (!(denominator > 0 && double.IsFinite(denominator)))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A denominator must be positive and finite.");
        }

        return double.IsNaN(Target) ? new FunnelLimits(double.NaN, double.NaN, double.NaN, double.NaN) : _limits.At(denominator);
    }
}
