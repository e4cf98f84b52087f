using MathNet.Numerics;

namespace Goodhart.Spc.Funnel;

/// <summary>
/// The funnel limits as a function of the denominator, for a fixed target, kind, method and adjustment. The
/// analysis uses it for the units and the drawing grid; a result keeps it so a face can ask for any denominator.
/// </summary>
internal sealed class FunnelLimitCalculator(
    FunnelKind kind,
    double target,
    FunnelLimitMethod method,
    FunnelAdjustment adjustment,
    double phi,
    double tau2)
{
    /// <summary>Two-sided 95%: Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959964;

    /// <summary>Two-sided 99.8%: Φ⁻¹(0.999).</summary>
    public const double Z998 = 3.090232;

    /// <summary>V(θ₀): θ₀(1 − θ₀) for proportions, θ₀ for Poisson rates.</summary>
    public double Variance { get; } = kind == FunnelKind.Proportion ? target * (1 - target) : target;

    /// <summary>The z-score of a rate at a denominator, allowing for chance alone.</summary>
    public double Z(double rate, double denominator)
    {
        var difference = rate - target;
        if (Variance <= 0)
        {
            // A target of 0 or 1 allows no variation: any other rate is infinitely far from it.
            return difference == 0 ? 0 : difference > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return difference / Math.Sqrt(Variance / denominator);
    }

    /// <summary>The z-score after the over-dispersion adjustment.</summary>
    public double AdjustedZ(double rate, double denominator) => adjustment switch
    {
        _ when Variance <= 0 => Z(rate, denominator),
        FunnelAdjustment.Multiplicative => Z(rate, denominator) / Math.Sqrt(phi),
        FunnelAdjustment.Additive => (rate - target) / Math.Sqrt((Variance / denominator) + tau2),
        _ => Z(rate, denominator),
    };

    /// <summary>The four limits at <paramref name="denominator"/>.</summary>
    public FunnelLimits At(double denominator)
    {
        if (Variance <= 0)
        {
            return new FunnelLimits(target, target, target, target);
        }

        if (adjustment == FunnelAdjustment.None && method == FunnelLimitMethod.Exact)
        {
            return new FunnelLimits(
                Exact(denominator, 0.025), Exact(denominator, 0.975), Exact(denominator, 0.001), Exact(denominator, 0.999));
        }

        var s2 = Variance / denominator;
        var sd = adjustment switch
        {
            FunnelAdjustment.Multiplicative => Math.Sqrt(phi * s2),
            FunnelAdjustment.Additive => Math.Sqrt(s2 + tau2),
            _ => Math.Sqrt(s2),
        };
        return new FunnelLimits(
            Clamp(target - (Z95 * sd)), Clamp(target + (Z95 * sd)), Clamp(target - (Z998 * sd)), Clamp(target + (Z998 * sd)));
    }

    /// <summary>
    /// The p-quantile of the count at the target, interpolated and put on the rate scale (Spiegelhalter 2005,
    /// Stat Med 24:1185, appendix A.1.1): r is the smallest count with F(r) ≥ p, α = (F(r) − p) / (F(r) − F(r − 1)),
    /// and the limit is (r − α) / n. The interpolation makes the limit a smooth function of n.
    /// </summary>
    private double Exact(double denominator, double p)
    {
        var mean = target * denominator;
        var r = Math.Max(0, Math.Floor(mean + (NormalQuantileSign(p) * Math.Sqrt(Variance * denominator))));
        while (Cdf(r, denominator) < p)
        {
            r++;
        }

        while (r > 0 && Cdf(r - 1, denominator) >= p)
        {
            r--;
        }

        var upper = Cdf(r, denominator);
        var lower = r > 0 ? Cdf(r - 1, denominator) : 0;
        var alpha = upper > lower ? (upper - p) / (upper - lower) : 0;
        return Clamp((r - alpha) / denominator);
    }

    /// <summary>P(count ≤ r) at the target, for a (possibly non-integer, on the drawing grid) denominator.</summary>
    private double Cdf(double r, double denominator)
    {
        if (kind == FunnelKind.Rate)
        {
            // Poisson(μ): P(Y ≤ r) = Q(r + 1, μ), the regularised upper incomplete gamma function.
            return SpecialFunctions.GammaUpperRegularized(r + 1, target * denominator);
        }

        // Binomial(n, θ): P(R ≤ r) = I_{1−θ}(n − r, r + 1), which extends smoothly to non-integer n.
        return r >= denominator ? 1 : SpecialFunctions.BetaRegularized(denominator - r, r + 1, 1 - target);
    }

    /// <summary>A starting guess for the quantile search: the normal quantile's sign and rough size.</summary>
    private static double NormalQuantileSign(double p) => p switch
    {
        0.025 => -Z95,
        0.975 => Z95,
        0.001 => -Z998,
        0.999 => Z998,
        _ => 0,
    };

    private double Clamp(double value) =>
        kind == FunnelKind.Proportion ? Math.Clamp(value, 0, 1) : Math.Max(0, value);
}
