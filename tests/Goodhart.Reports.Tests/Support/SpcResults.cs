using Goodhart.Spc;

namespace Goodhart.Reports.Tests.Support;

/// <summary>Hand-built SPC results, so the output tests do not depend on the engine.</summary>
internal static class SpcResults
{
    /// <summary>
    /// An I chart of 10 points at periods 1…10 with centre 10, limits 4 and 16 (sigma 2): point 2 (value 17) is
    /// beyond the upper limit (concern, lower is better), point 5 is missing, points 6–9 sit low (an improvement
    /// shift of the given length), the last point is common cause.
    /// </summary>
    public static SpcResult Small(string name = "Ward A", double? target = 12) =>
        Build(name, [9, 11, 17, 10, 9, null, 6, 7, 6.5, 7, 10.5], ImprovementDirection.Decrease, target, point => point switch
        {
            2 => (SpcRule.BeyondLimits, SignalSide.High, SignalKind.Concern),
            >= 6 and <= 9 => (SpcRule.Shift, SignalSide.Low, SignalKind.Improvement),
            _ => (SpcRule.None, SignalSide.None, SignalKind.None),
        });

    /// <summary>
    /// 36 monthly points from April 2023 with a rebase at point 20 (centre 10 then 7, sigma 2): a concern beyond
    /// the upper limit at point 4, a neutral-free improvement shift at 20–27, one missing month (12), target 8
    /// with lower better, so hit and miss.
    /// </summary>
    public static SpcResult Monthly(string name = "Median wait (minutes)", ChartKind chart = ChartKind.Individuals)
    {
        double?[] values =
        [
            10.2, 9.1, 11.8, 10.4, 16.9, 8.7, 9.9, 12.1, 10.8, 9.3, 11.2, 8.4, null, 10.9, 12.6, 9.5, 10.1, 8.9, 11.4, 10.0,
            6.1, 5.4, 6.8, 5.9, 6.3, 5.1, 6.6, 6.0, 7.9, 8.8, 6.4, 7.7, 9.4, 6.9, 5.8, 7.2,
        ];
        var keys = Enumerable.Range(0, values.Length).Select(i => SpcKey.Of(new DateOnly(2023, 4, 1).AddMonths(i))).ToArray();
        return Build(name, values, ImprovementDirection.Decrease, 8, i => i switch
        {
            4 => (SpcRule.BeyondLimits, SignalSide.High, SignalKind.Concern),
            >= 20 and <= 27 => (SpcRule.Shift, SignalSide.Low, SignalKind.Improvement),
            _ => (SpcRule.None, SignalSide.None, SignalKind.None),
        }, chart, keys, phaseStart: 20);
    }

    /// <summary>
    /// A result from values with a fixed centre 10 and sigma 2 and signals as <paramref name="signal"/> says;
    /// verdicts follow the last point.
    /// </summary>
    public static SpcResult Build(
        string name,
        IReadOnlyList<double?> values,
        ImprovementDirection direction,
        double? target,
        Func<int, (SpcRule Rules, SignalSide Side, SignalKind Kind)> signal,
        ChartKind chart = ChartKind.Individuals,
        IReadOnlyList<SpcKey>? keys = null,
        int phaseStart = 0,
        FalseAlarmEstimate? falseAlarm = null)
    {
        keys ??= SpcKey.Sequence(values.Count);
        var points = new SpcPoint[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var phase = phaseStart > 0 && i >= phaseStart ? 1 : 0;
            var centre = phase == 0 ? 10.0 : 7.0;
            var (rules, side, kind) = signal(i);
            var run = chart == ChartKind.Run;
            points[i] = new SpcPoint(
                i, keys[i], values[i], values[i], null, phase, centre,
                run ? null : centre - 6, run ? null : centre + 6, run ? null : centre - 4, run ? null : centre + 4,
                rules, side, kind, true);
        }

        var phases = phaseStart > 0
            ? new[] { Phase(0, 0, phaseStart, 10), Phase(1, phaseStart, values.Count, 7) }
            : new[] { Phase(0, 0, values.Count, 10) };
        var last = points.LastOrDefault(p => p.Value is not null);
        var variation = last.Value is null ? VariationVerdict.None : last.Signal switch
        {
            SignalKind.Improvement => VariationVerdict.SpecialCauseImprovement,
            SignalKind.Concern => VariationVerdict.SpecialCauseConcern,
            SignalKind.Neutral => VariationVerdict.SpecialCauseNeutral,
            _ => VariationVerdict.CommonCause,
        };
        var assurance = AssuranceVerdict.None;
        if (target is { } t && direction != ImprovementDirection.Neutral && chart != ChartKind.Run && last.Lower is { } lo && last.Upper is { } hi)
        {
            var passAbove = direction == ImprovementDirection.Increase;
            assurance = t < lo ? (passAbove ? AssuranceVerdict.ConsistentlyPass : AssuranceVerdict.ConsistentlyFail)
                : t > hi ? (passAbove ? AssuranceVerdict.ConsistentlyFail : AssuranceVerdict.ConsistentlyPass)
                : AssuranceVerdict.HitAndMiss;
        }

        var options = new SpcOptions(chart, Direction: direction, Target: target, PhaseStarts: phaseStart > 0 ? [phaseStart] : null);
        falseAlarm ??= new FalseAlarmEstimate(0.2345, 0.0042, 10_000, SpcOptions.DefaultSeed,
            "A stable process charted like this would show at least one signal about 23% of the time.");
        return new SpcResult(name, options, points, phases, variation, assurance, falseAlarm,
            [new SpcMessage("trial-limits", null, "The limits rest on fewer than 13 values.")]);
    }

    private static SpcPhase Phase(int index, int start, int end, double centre) =>
        new(index, start, end, end - start, end - start, centre, 2, 2.256, 0, end - start < 13, end - start, 3, 6, 4, 2);
}
