using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>The compatibility presets carry the choices of the tools they are named after.</summary>
public sealed class SpcPresetsTests
{
    [Fact]
    public void For_NhsrPlotTheDots_Uses266ScreeningAndTheEarlierTwoOfThree()
    {
        var options = SpcPresets.For(SpcCompat.NhsrPlotTheDots, ChartKind.Individuals);
        Assert.Equal(2.66, options.E2);
        Assert.True(options.ScreenMovingRanges);
        Assert.Equal(TwoOfThreeDefinition.Earlier, options.EffectiveRules.TwoOfThree);
        Assert.Equal((7, 7), (options.EffectiveRules.Shift, options.EffectiveRules.Trend));
        Assert.Empty(options.Validate(20));
    }

    [Fact]
    public void For_NhsrPlotTheDotsOnAPChart_IsAProblem()
    {
        Assert.Contains(SpcPresets.For(SpcCompat.NhsrPlotTheDots, ChartKind.P).Validate(20), p => p.Code == "compat-chart");
    }

    [Fact]
    public void For_Qicharts2_UsesAnhoejRulesWithoutScreening()
    {
        var control = SpcPresets.For(SpcCompat.Qicharts2, ChartKind.Individuals);
        Assert.False(control.ScreenMovingRanges);
        Assert.Null(control.E2);
        Assert.Equal(SpcRuleOptions.AnhoejControl, control.EffectiveRules);
        Assert.Equal(SpcRuleOptions.AnhoejRun, SpcPresets.For(SpcCompat.Qicharts2, ChartKind.Run).EffectiveRules);
    }

    [Fact]
    public void For_PowerBiSpc_UsesTrendOfFiveAndItsTwoInThree()
    {
        var options = SpcPresets.For(SpcCompat.PowerBiSpc, ChartKind.Individuals);
        Assert.True(options.ScreenMovingRanges);
        Assert.Equal(5, options.EffectiveRules.Trend);
        Assert.Equal(TwoOfThreeDefinition.AnySide, options.EffectiveRules.TwoOfThree);
    }

    [Fact]
    public void Presets_ChangeLimitsAsTheToolsDo()
    {
        // 5,6,5,6,5,6,5,6,5,20 (see SpcAnalysisLimitsTests): screened mean moving range 1, unscreened 23/9.
        // NHSRplotthedots: 6.9 + 2.66 × 1; qicharts2: 6.9 + 3 × (23/9)/1.128; PowerBI-SPC: 6.9 + 3 × 1/1.128.
        var series = SpcSeries.Of("s", [5, 6, 5, 6, 5, 6, 5, 6, 5, 20]);
        double Upper(SpcCompat compat) =>
            SpcAnalysis.Run(series, SpcPresets.For(compat, ChartKind.Individuals) with { FalseAlarmReplicates = 0 }).Points[0].Upper!.Value;
        Assert.Equal(6.9 + 2.66, Upper(SpcCompat.NhsrPlotTheDots), 1e-9);
        Assert.Equal(6.9 + (3 * 23.0 / 9 / 1.128), Upper(SpcCompat.Qicharts2), 1e-9);
        Assert.Equal(6.9 + (3 / 1.128), Upper(SpcCompat.PowerBiSpc), 1e-9);
    }
}
