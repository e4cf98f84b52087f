namespace Goodhart.Spc;

/// <summary>The Making Data Count verdicts: variation from the last point, assurance from the target and the limits.</summary>
internal static class Verdicts
{
    public static VariationVerdict Variation(SpcPoint? last) => last switch
    {
        null => VariationVerdict.None,
        { Signal: SignalKind.Improvement } => VariationVerdict.SpecialCauseImprovement,
        { Signal: SignalKind.Concern } => VariationVerdict.SpecialCauseConcern,
        { Signal: SignalKind.Neutral } => VariationVerdict.SpecialCauseNeutral,
        _ => VariationVerdict.CommonCause,
    };

    /// <summary>
    /// Compares the target with the limits at the last point (those of the last phase): a target strictly beyond a
    /// limit is met or missed every period by the process as it is; a target inside the limits is hit and miss.
    /// As NHSRplotthedots (ptd_calculate_assurance_type) and PowerBI-SPC (assuranceIconToDraw) decide it.
    /// </summary>
    public static AssuranceVerdict Assurance(SpcOptions options, SpcPoint? last, List<SpcMessage> warnings)
    {
        if (options.Target is not { } target)
        {
            return AssuranceVerdict.None;
        }

        if (options.Chart is ChartKind.Run or ChartKind.MovingRange)
        {
            warnings.Add(new SpcMessage("no-assurance", null,
                "A target is judged against process limits; this chart has none for the values the target refers to, so there is no assurance verdict."));
            return AssuranceVerdict.None;
        }

        if (options.Direction == ImprovementDirection.Neutral)
        {
            warnings.Add(new SpcMessage("no-assurance", null,
                "A target needs a direction (--direction increase or decrease) to say whether the process meets it."));
            return AssuranceVerdict.None;
        }

        if (last is not { Lower: { } lower, Upper: { } upper })
        {
            return AssuranceVerdict.None;
        }

        var increase = options.Direction == ImprovementDirection.Increase;
        if (target > upper)
        {
            return increase ? AssuranceVerdict.ConsistentlyFail : AssuranceVerdict.ConsistentlyPass;
        }

        if (target < lower)
        {
            return increase ? AssuranceVerdict.ConsistentlyPass : AssuranceVerdict.ConsistentlyFail;
        }

        return AssuranceVerdict.HitAndMiss;
    }
}
