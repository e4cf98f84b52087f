using System.Globalization;
using Goodhart.Spc;
using Goodhart.Spc.Funnel;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Spc.Funnel;

/// <summary>Real data from the shared folder. Reference figures come from an independent Python script of the same formulas.</summary>
public sealed class FunnelAnalysisDataTests
{
    [Fact]
    public void Run_AeFourHourMarch2019_HeavilyOverdispersedAndAdjustmentFlagsFarFewer()
    {
        // 130 trusts' type 1 four-hour performance in March 2019. Python reference: θ₀ = 0.7960409,
        // φ = 421.809 (winsorised), I·φ = 54,835 on 129 df, τ² = 0.0067793 (τ = 0.0823); with normal limits
        // 120 trusts lie beyond the unadjusted 99.8% limits and 1 beyond the additive ones.
        var units = SampleRows.Rows("spc_ae_type1_4hr.csv")
            .Where(r => r[1] == "2019-03-01")
            .Select(r => new FunnelUnit(r[0], Parse(r[2]), Parse(r[3])))
            .ToList();

        var adjusted = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion, Direction: ImprovementDirection.Increase));
        var unadjusted = FunnelAnalysis.Run(units, new FunnelOptions(FunnelKind.Proportion, Adjustment: FunnelAdjustment.None));

        Assert.Equal(130, units.Count);
        Assert.Equal(0.7960409, adjusted.Target, 1e-7);
        Assert.Equal(421.809, adjusted.Phi!.Value, 1e-3);
        Assert.Equal(0.0067793, adjusted.Tau2!.Value, 1e-7);
        Assert.True(adjusted.Overdispersion!.IsSignificant);
        Assert.Equal(FunnelAdjustment.Additive, adjusted.Adjustment);
        Assert.Equal(FunnelAdjustment.None, unadjusted.Adjustment);

        var flaggedUnadjusted = unadjusted.Units.Count(u => u.IsBeyond998);
        var flaggedAdjusted = adjusted.Units.Count(u => u.IsBeyond998);
        Assert.InRange(flaggedUnadjusted, 115, 125); // exact limits: the Python normal-limit count is 120
        Assert.Equal(1, flaggedAdjusted);
        Assert.Empty(adjusted.Warnings);
        Assert.Contains("more than chance", adjusted.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HospitalCdiPerRiskDay_FlagsBfhHigh()
    {
        // C. difficile infections summed over 24 months per hospital, rate per risk day (×10,000 for display).
        // Python reference: θ₀ = 0.00061217 per day (6.12 per 10,000), z: AHH −0.509, BFH 7.832, BOH −1.158,
        // HGH −0.537, NOH −4.118, RGH −0.857; φ = 3.8313, τ² = 6.2359e-9 per day²; additive limits put BFH alone
        // beyond 99.8%.
        var totals = SampleRows.Rows("qicharts2_hospital_infections.csv")
            .Where(r => r[1] == "CDI")
            .GroupBy(r => r[0])
            .Select(g => new FunnelUnit(g.Key, g.Sum(r => Parse(r[3])), g.Sum(r => Parse(r[4]))))
            .ToList();

        var result = FunnelAnalysis.Run(totals, new FunnelOptions(FunnelKind.Rate, Direction: ImprovementDirection.Decrease, Multiplier: 10_000));

        Assert.Equal(6, result.Units.Count);
        Assert.Equal(0.00061217, result.Target, 1e-8);
        Assert.Equal(7.832, result.Units.Single(u => u.Name == "BFH").Z, 1e-3);
        Assert.Equal(-4.118, result.Units.Single(u => u.Name == "NOH").Z, 1e-3);
        Assert.Equal(3.8313, result.Phi!.Value, 1e-4);
        Assert.Equal(6.2359e-9, result.Tau2!.Value, 1e-12);
        Assert.Contains(result.Warnings, w => w.Code == "few-units");
        var beyond = Assert.Single(result.Units, u => u.IsBeyond998);
        Assert.Equal("BFH", beyond.Name);
        Assert.Equal(SignalKind.Concern, beyond.Signal);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
