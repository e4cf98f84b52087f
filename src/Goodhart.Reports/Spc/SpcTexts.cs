using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// The words of SPC output: stable ids for CSV and JSON, short titles for tables and icons, and plain-language
/// sentences for captions and reports. The sentences are our own; the verdicts follow Making Data Count.
/// </summary>
public static class SpcTexts
{
    /// <summary>The stable id of a variation verdict (<c>common-cause</c>, <c>special-cause-concern</c>, …), empty for none.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string VariationId(VariationVerdict verdict) => verdict switch
    {
        VariationVerdict.CommonCause => "common-cause",
        VariationVerdict.SpecialCauseImprovement => "special-cause-improvement",
        VariationVerdict.SpecialCauseConcern => "special-cause-concern",
        VariationVerdict.SpecialCauseNeutral => "special-cause-neutral",
        _ => string.Empty,
    };

    /// <summary>The stable id of an assurance verdict (<c>consistently-pass</c>, <c>consistently-fail</c>, <c>hit-and-miss</c>), empty for none.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string AssuranceId(AssuranceVerdict verdict) => verdict switch
    {
        AssuranceVerdict.ConsistentlyPass => "consistently-pass",
        AssuranceVerdict.ConsistentlyFail => "consistently-fail",
        AssuranceVerdict.HitAndMiss => "hit-and-miss",
        _ => string.Empty,
    };

    /// <summary>The stable id of a point's signal kind: <c>improvement</c>, <c>concern</c>, <c>neutral</c>, or empty for no signal.</summary>
    /// <param name="kind">The signal kind.</param>
    public static string SignalKindId(SignalKind kind) => kind switch
    {
        SignalKind.Improvement => "improvement",
        SignalKind.Concern => "concern",
        SignalKind.Neutral => "neutral",
        _ => string.Empty,
    };

    /// <summary>The stable id of an improvement direction: <c>increase</c>, <c>decrease</c> or <c>neutral</c>.</summary>
    /// <param name="direction">The direction.</param>
    public static string DirectionId(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "increase",
        ImprovementDirection.Decrease => "decrease",
        _ => "neutral",
    };

    /// <summary>The stable id of a chart kind: <c>run</c>, <c>i</c>, <c>mr</c>, <c>p</c>, <c>pp</c>, <c>u</c>, <c>up</c>, <c>c</c>.</summary>
    /// <param name="chart">The chart kind.</param>
    public static string ChartId(ChartKind chart) => ChartNames.IdOf(chart);

    /// <summary>The name of a chart kind for headings, e.g. <c>XmR (individuals) chart</c>.</summary>
    /// <param name="chart">The chart kind.</param>
    public static string ChartName(ChartKind chart) => chart switch
    {
        ChartKind.Run => "Run chart",
        ChartKind.Individuals => "XmR (individuals) chart",
        ChartKind.MovingRange => "Moving-range chart",
        ChartKind.P => "P chart (proportions)",
        ChartKind.PPrime => "Laney P′ chart (proportions)",
        ChartKind.U => "U chart (rates)",
        ChartKind.UPrime => "Laney U′ chart (rates)",
        _ => "C chart (counts)",
    };

    /// <summary>
    /// A short title for a variation verdict, e.g. <c>Special cause — concern (low)</c>; the side says which way
    /// the last point's signal points, and is left out when it has none.
    /// </summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="side">The side of the last point's signal.</param>
    public static string VariationTitle(VariationVerdict verdict, SignalSide side = SignalSide.None)
    {
        var suffix = side switch
        {
            SignalSide.High => " (high)",
            SignalSide.Low => " (low)",
            _ => string.Empty,
        };
        return verdict switch
        {
            VariationVerdict.CommonCause => "Common cause",
            VariationVerdict.SpecialCauseImprovement => "Special cause — improvement" + suffix,
            VariationVerdict.SpecialCauseConcern => "Special cause — concern" + suffix,
            VariationVerdict.SpecialCauseNeutral => "Special cause — neither better nor worse" + suffix,
            _ => "Not judged",
        };
    }

    /// <summary>The title of a result's variation verdict, with the side of its last point.</summary>
    /// <param name="result">The charted series.</param>
    public static string VariationTitle(SpcResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return VariationTitle(result.Variation, result.LastValue?.Side ?? SignalSide.None);
    }

    /// <summary>A short title for an assurance verdict, e.g. <c>Hit and miss</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string AssuranceTitle(AssuranceVerdict verdict) => verdict switch
    {
        AssuranceVerdict.ConsistentlyPass => "Consistently passes the target",
        AssuranceVerdict.ConsistentlyFail => "Consistently fails the target",
        AssuranceVerdict.HitAndMiss => "Hit and miss",
        _ => "No target judged",
    };

    /// <summary>What a variation verdict means, in a sentence, aware of which way is better.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="direction">Which way is improvement.</param>
    /// <param name="side">The side of the last point's signal, if known.</param>
    public static string VariationSentence(VariationVerdict verdict, ImprovementDirection direction, SignalSide side = SignalSide.None)
    {
        var signal = side switch
        {
            SignalSide.High => "an upward signal",
            SignalSide.Low => "a downward signal",
            _ => "a signal",
        };
        var better = direction switch
        {
            ImprovementDirection.Increase => "higher",
            ImprovementDirection.Decrease => "lower",
            _ => null,
        };
        return verdict switch
        {
            VariationVerdict.CommonCause =>
                "The latest value is within the noise of a stable process: no single period here needs an explanation of its own; to move the level, change the system.",
            VariationVerdict.SpecialCauseImprovement =>
                $"The latest value is part of {signal} in the better direction ({better ?? "as set"} is better): something has changed for the good; find out what, and whether it will last.",
            VariationVerdict.SpecialCauseConcern =>
                $"The latest value is part of {signal} in the worrying direction ({better ?? "as set"} is better): something has changed for the worse; look for the cause now, before a target is missed.",
            VariationVerdict.SpecialCauseNeutral =>
                $"The latest value is part of {signal}: the process has changed, though neither direction is set as better; find out why.",
            _ => "There is no value to judge.",
        };
    }

    /// <summary>The variation sentence of a result, with the side of its last point.</summary>
    /// <param name="result">The charted series.</param>
    public static string VariationSentence(SpcResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return VariationSentence(result.Variation, result.Options.Direction, result.LastValue?.Side ?? SignalSide.None);
    }

    /// <summary>What an assurance verdict means, in a sentence, aware of which way is better; empty for none.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="direction">Which way is improvement (<see cref="ImprovementDirection.Increase"/>: the target is a floor).</param>
    public static string AssuranceSentence(AssuranceVerdict verdict, ImprovementDirection direction)
    {
        var increase = direction != ImprovementDirection.Decrease;
        return verdict switch
        {
            AssuranceVerdict.ConsistentlyPass => increase
                ? "The target lies below the lower limit: as long as the process stays as it is, it will be met nearly every period; watch for signals rather than single values."
                : "The target lies above the upper limit: as long as the process stays as it is, it will be met nearly every period; watch for signals rather than single values.",
            AssuranceVerdict.ConsistentlyFail => increase
                ? "The target lies above the upper limit: without a change to the system it will be missed nearly every period, whatever the pressure."
                : "The target lies below the lower limit: without a change to the system it will be missed nearly every period, whatever the pressure.",
            AssuranceVerdict.HitAndMiss =>
                "The target lies inside the limits: the process will meet it in some periods and miss it in others by chance alone; reacting to single misses is reacting to noise.",
            _ => string.Empty,
        };
    }

    /// <summary>The assurance sentence of a result; empty when there is no verdict.</summary>
    /// <param name="result">The charted series.</param>
    public static string AssuranceSentence(SpcResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return AssuranceSentence(result.Assurance, result.Options.Direction);
    }

    /// <summary>A one-line description of a single rule for legends, e.g. for <see cref="SpcRule.Shift"/>.</summary>
    /// <param name="rule">One rule flag.</param>
    /// <param name="options">The rule lengths to quote, or <c>null</c> for Making Data Count's.</param>
    public static string RuleDescription(SpcRule rule, SpcRuleOptions? options = null)
    {
        var o = options ?? SpcRuleOptions.Mdc;
        var shift = o.Shift > 0 ? o.Shift : 7;
        var trend = o.Trend > 0 ? o.Trend : 7;
        return rule switch
        {
            SpcRule.BeyondLimits => "Beyond limits: a point outside the 3-sigma limits.",
            SpcRule.Shift => $"Shift: {shift} or more points in a row on one side of the centre line.",
            SpcRule.Trend => $"Trend: {trend} or more points in a row, each higher (or each lower) than the one before.",
            SpcRule.TwoOfThree => "Two of three: two of three points in a row beyond the 2-sigma line on the same side.",
            SpcRule.LongRun => "Long run: a run on one side of the centre line longer than chance allows for this many points (Anhøj).",
            SpcRule.FewCrossings => "Few crossings: the line crosses the centre line fewer times than chance allows (Anhøj).",
            _ => string.Empty,
        };
    }

    /// <summary>The rules that apply under <paramref name="options"/>, each with its description, in a fixed order.</summary>
    /// <param name="options">The effective rules of a chart.</param>
    public static IReadOnlyList<(SpcRule Rule, string Id, string Description)> RuleLegend(SpcRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var legend = new List<(SpcRule, string, string)>();
        void Add(bool on, SpcRule rule)
        {
            if (on)
            {
                legend.Add((rule, SpcRuleIds.Join(rule), RuleDescription(rule, options)));
            }
        }

        Add(options.BeyondLimits, SpcRule.BeyondLimits);
        Add(options.Shift > 0, SpcRule.Shift);
        Add(options.Trend > 0, SpcRule.Trend);
        Add(options.TwoOfThree != TwoOfThreeDefinition.Off, SpcRule.TwoOfThree);
        Add(options.LongRun, SpcRule.LongRun);
        Add(options.FewCrossings, SpcRule.FewCrossings);
        return legend;
    }
}
