namespace Goodhart.Spc.Funnel;

/// <summary>How the control limits around the target are computed for a given denominator.</summary>
public enum FunnelLimitMethod
{
    /// <summary>
    /// Quantiles of the binomial or Poisson distribution at the target, interpolated between whole counts so the
    /// limits are smooth in the denominator (Spiegelhalter 2005, Stat Med 24:1185, appendix A.1.1). Accurate for
    /// small denominators and rare events, where the normal form is too narrow below and too wide above.
    /// </summary>
    Exact,

    /// <summary>The normal approximation θ₀ ± z·sqrt(V(θ₀)/n) (Spiegelhalter 2005, equation 2).</summary>
    Normal,
}
