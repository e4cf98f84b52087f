namespace Goodhart.Spc;

/// <summary>
/// Options that reproduce the choices of the SPC tools our users move from. Each is a starting point: a face applies
/// the user's direction, target, baseline and phases on top (and rules, when the user names them).
/// </summary>
public static class SpcPresets
{
    /// <summary>The options of a tool for a chart kind.</summary>
    /// <param name="compat">The tool.</param>
    /// <param name="chart">The chart kind.</param>
    public static SpcOptions For(SpcCompat compat, ChartKind chart) => compat switch
    {
        // R/ptd_spc_standard.R: limits at mean ± 2.66 × mean moving range, moving ranges screened once (on by
        // default); R/ptd_calculate_point_type.R: the earlier two-of-three definition, shift and trend of 7.
        SpcCompat.NhsrPlotTheDots => new SpcOptions(
            Chart: chart,
            Rules: SpcRuleOptions.Mdc with { TwoOfThree = TwoOfThreeDefinition.Earlier },
            ScreenMovingRanges: true,
            E2: 2.66,
            Compat: compat),

        // R/helper.functions.R: 3-sigma limits with sigma = mean moving range / 1.128, no screening unless the
        // qic.screenedmr option is set; signals are points beyond the limits and Anhøj's runs rules.
        SpcCompat.Qicharts2 => new SpcOptions(
            Chart: chart,
            Rules: SpcRuleOptions.For(RuleSet.Anhoej, chart),
            ScreenMovingRanges: false,
            Compat: compat),

        // src/Limit Calculations and src/Outlier Flagging: screening on (outliers_in_limits off), sigma = mean moving
        // range / 1.128; the visual ships with its rules switched off, and the preset turns them all on at the
        // visual's default lengths: shift 7, trend 5, two in three by its own definition.
        SpcCompat.PowerBiSpc => new SpcOptions(
            Chart: chart,
            Rules: chart == ChartKind.Run
                ? SpcRuleOptions.Mdc with { Trend = 5, TwoOfThree = TwoOfThreeDefinition.Off, BeyondLimits = false }
                : SpcRuleOptions.Mdc with { Trend = 5, TwoOfThree = TwoOfThreeDefinition.AnySide },
            ScreenMovingRanges: true,
            Compat: compat),

        _ => new SpcOptions(Chart: chart),
    };
}
