namespace Goodhart.Spc.Funnel;

/// <summary>
/// The over-dispersion estimate and its test (Spiegelhalter 2005, QSHC 14:347, "Estimating over-dispersion").
/// </summary>
/// <param name="Units">I, the number of units.</param>
/// <param name="Phi">
/// φ = (1/I) Σ zᵢ², the mean squared z-score after winsorising; about 1 when units differ by chance alone.
/// </param>
/// <param name="WinsorLow">The low percentile the lowest z-scores were raised to.</param>
/// <param name="WinsorHigh">The high percentile the highest z-scores were lowered to.</param>
/// <param name="Statistic">The test statistic I·φ, approximately χ² on I − 1 degrees of freedom when units differ by chance alone.</param>
/// <param name="DegreesOfFreedom">I − 1.</param>
/// <param name="PValue">P(χ²(I − 1) ≥ I·φ).</param>
/// <param name="IsSignificant">Whether <see cref="PValue"/> is below the significance level: the units are over-dispersed.</param>
/// <param name="Tau2">
/// τ², the DerSimonian–Laird between-unit variance on the rate scale:
/// max(0, (I·φ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)) with wᵢ = 1/sᵢ² = nᵢ/V(θ₀).
/// </param>
public sealed record FunnelOverdispersion(
    int Units,
    double Phi,
    double WinsorLow,
    double WinsorHigh,
    double Statistic,
    int DegreesOfFreedom,
    double PValue,
    bool IsSignificant,
    double Tau2)
{
    /// <summary>τ, the between-unit standard deviation on the rate scale.</summary>
    public double Tau => Math.Sqrt(Tau2);
}
