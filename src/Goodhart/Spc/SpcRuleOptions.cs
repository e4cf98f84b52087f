namespace Goodhart.Spc;

/// <summary>
/// Which rules to apply and their lengths. The rules are judged within each phase; missing values are
/// skipped (the points either side of a gap count as consecutive).
/// </summary>
/// <param name="BeyondLimits">Flag points strictly beyond a 3-sigma limit.</param>
/// <param name="Shift">
/// Length of a shift: this many or more consecutive points strictly on one side of the centre line; a point on
/// the line breaks the run. 0 turns the rule off; otherwise at least 2. Making Data Count uses 7.
/// </param>
/// <param name="Trend">
/// Length of a trend in points: this many or more consecutive points, each strictly above (or each strictly
/// below) the one before, so a trend of 7 points has 6 rising steps; a tie breaks it. 0 turns the rule off;
/// otherwise at least 3. Making Data Count uses 7.
/// </param>
/// <param name="TwoOfThree">The two-of-three rule's definition, or <see cref="TwoOfThreeDefinition.Off"/>.</param>
/// <param name="LongRun">
/// Anhøj's long-run rule: a run on one side of the centre line longer than round(log₂ n) + 3, where n counts
/// the points of the phase not on the centre line (Schilling 2012; qicharts2 R/helper.functions.R, runs.analysis).
/// </param>
/// <param name="FewCrossings">
/// Anhøj's crossings rule: fewer crossings of the centre line than the 5% quantile (lower tail) of
/// Binomial(n − 1, 0.5), n as for <paramref name="LongRun"/> (Chen 2010; qicharts2, as above).
/// </param>
public sealed record SpcRuleOptions(
    bool BeyondLimits = true,
    int Shift = 7,
    int Trend = 7,
    TwoOfThreeDefinition TwoOfThree = TwoOfThreeDefinition.Nhs2023,
    bool LongRun = false,
    bool FewCrossings = false)
{
    /// <summary>Making Data Count: beyond limits, shift 7, trend 7, two of three (NHS England, November 2023).</summary>
    public static SpcRuleOptions Mdc { get; } = new();

    /// <summary>Anhøj's rules for run charts: long run and few crossings only.</summary>
    public static SpcRuleOptions AnhoejRun { get; } =
        new(BeyondLimits: false, Shift: 0, Trend: 0, TwoOfThree: TwoOfThreeDefinition.Off, LongRun: true, FewCrossings: true);

    /// <summary>Anhøj's rules for control charts, as qicharts2 applies them: beyond 3-sigma limits, long run, few crossings.</summary>
    public static SpcRuleOptions AnhoejControl { get; } = AnhoejRun with { BeyondLimits = true };

    /// <summary>No rules.</summary>
    public static SpcRuleOptions None { get; } =
        new(BeyondLimits: false, Shift: 0, Trend: 0, TwoOfThree: TwoOfThreeDefinition.Off);

    /// <summary>The rules of a named set on a chart kind (Anhøj's on a run chart are the runs rules only).</summary>
    /// <param name="set">The rule set.</param>
    /// <param name="chart">The chart kind.</param>
    public static SpcRuleOptions For(RuleSet set, ChartKind chart) => set switch
    {
        RuleSet.Mdc => Mdc,
        _ => chart == ChartKind.Run ? AnhoejRun : AnhoejControl,
    };

    /// <summary>The default rules of a chart kind: Anhøj's on run charts, Making Data Count's on control charts.</summary>
    /// <param name="chart">The chart kind.</param>
    public static SpcRuleOptions DefaultFor(ChartKind chart) => chart == ChartKind.Run ? AnhoejRun : Mdc;

    /// <summary>
    /// The rules that can apply on a chart kind: a run chart has no limits (so no beyond-limits or two-of-three);
    /// a moving-range chart is judged by its upper limit only, because consecutive moving ranges share a point
    /// and runs rules assume independent points (qicharts2 likewise skips runs analysis on mR charts).
    /// </summary>
    /// <param name="chart">The chart kind.</param>
    public SpcRuleOptions EffectiveFor(ChartKind chart) => chart switch
    {
        ChartKind.Run => this with { BeyondLimits = false, TwoOfThree = TwoOfThreeDefinition.Off },
        ChartKind.MovingRange => None with { BeyondLimits = BeyondLimits },
        _ => this,
    };

    /// <summary>Whether any rule is on.</summary>
    public bool Any => BeyondLimits || Shift > 0 || Trend > 0 || TwoOfThree != TwoOfThreeDefinition.Off || LongRun || FewCrossings;
}
