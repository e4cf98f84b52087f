using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Goodhart.Spc;

/// <summary>Builds one chart from validated arrays: phases and their limits, rules, signal meanings, verdicts.</summary>
internal sealed class ChartBuilder
{
    private readonly string _name;
    private readonly SpcOptions _options;
    private readonly IReadOnlyList<SpcKey> _keys;
    private readonly PlottedValues _inputs;
    private readonly List<SpcMessage> _warnings;
    private readonly ChartKind _chart;
    private readonly int _count;

    public ChartBuilder(string name, SpcOptions options, IReadOnlyList<SpcKey> keys, PlottedValues inputs, List<SpcMessage> warnings)
    {
        _name = name;
        _options = options;
        _keys = keys;
        _inputs = inputs;
        _warnings = warnings;
        _chart = options.Chart;
        _count = keys.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpcResult Build()
    {
        var values = _chart == ChartKind.MovingRange ? MovingRanges() : _inputs.Values;
        // Working arrays are rented: a thousand series would otherwise leave a thousand sets of them to the collector.
        var centre = ArrayPool<double>.Shared.Rent(_count);
        var lower = ArrayPool<double>.Shared.Rent(_count);
        var upper = ArrayPool<double>.Shared.Rent(_count);
        var lower2 = ArrayPool<double>.Shared.Rent(_count);
        var upper2 = ArrayPool<double>.Shared.Rent(_count);
        var rules = ArrayPool<SpcRule>.Shared.Rent(_count);
        var trend = ArrayPool<sbyte>.Shared.Rent(_count);
        var inBaseline = ArrayPool<bool>.Shared.Rent(_count);
        var present = ArrayPool<int>.Shared.Rent(_count);
        Array.Clear(rules, 0, _count);
        Array.Clear(trend, 0, _count);
        var effective = _options.EffectiveRules;
        var starts = PhaseStarts();
        var phases = new SpcPhase[starts.Length];

        for (var p = 0; p < starts.Length; p++)
        {
            var start = starts[p];
            var end = p + 1 < starts.Length ? starts[p + 1] : _count;
            var baselineEnd = _options.Baseline is { } b ? Math.Min(end, start + b) : end;
            var limits = LimitEstimator.Estimate(
                _chart,
                values.AsSpan(start, baselineEnd - start),
                _inputs.Numerators.AsSpan(start, baselineEnd - start),
                _inputs.Denominators.AsSpan(start, baselineEnd - start),
                _options.ScreenMovingRanges,
                _options.E2 ?? (3 / LimitEstimator.D2));

            var presentCount = 0;
            for (var i = start; i < end; i++)
            {
                inBaseline[i] = i < baselineEnd && !double.IsNaN(values[i]);
                centre[i] = limits.Centre;
                (lower[i], upper[i], lower2[i], upper2[i]) = LimitsAt(limits, i);
                if (!double.IsNaN(values[i]))
                {
                    present[presentCount++] = i;
                }
            }

            var runs = RuleEvaluator.Evaluate(
                present.AsSpan(0, presentCount), values, limits.Centre, lower, upper, lower2, upper2, effective, rules, trend);
            phases[p] = Phase(p, start, end, presentCount, limits, runs);
        }

        var points = new SpcPoint[_count];
        var phase = 0;
        for (var i = 0; i < _count; i++)
        {
            while (phase + 1 < starts.Length && starts[phase + 1] <= i)
            {
                phase++;
            }

            var side = SideOf(rules[i], values[i], centre[i], trend[i]);
            points[i] = new SpcPoint(
                i,
                _keys[i],
                OrNull(values[i]),
                OrNull(_inputs.Numerators[i]),
                OrNull(_inputs.Denominators[i]),
                phase,
                OrNull(centre[i]),
                OrNull(lower[i]),
                OrNull(upper[i]),
                OrNull(lower2[i]),
                OrNull(upper2[i]),
                rules[i],
                side,
                KindOf(rules[i], side),
                inBaseline[i]);
        }

        ArrayPool<double>.Shared.Return(centre);
        ArrayPool<double>.Shared.Return(lower);
        ArrayPool<double>.Shared.Return(upper);
        ArrayPool<double>.Shared.Return(lower2);
        ArrayPool<double>.Shared.Return(upper2);
        ArrayPool<SpcRule>.Shared.Return(rules);
        ArrayPool<sbyte>.Shared.Return(trend);
        ArrayPool<bool>.Shared.Return(inBaseline);
        ArrayPool<int>.Shared.Return(present);

        var last = LastPresent(points);
        var variation = Verdicts.Variation(last);
        var assurance = Verdicts.Assurance(_options, last, _warnings);
        var falseAlarm = _options.FalseAlarmReplicates > 0 && effective.Any
            ? FalseAlarmSimulator.Estimate(_options, phases)
            : null;
        return new SpcResult(_name, _options, points, phases, variation, assurance, falseAlarm, _warnings);
    }

    private static double? OrNull(double value) => double.IsNaN(value) ? null : value;

    private static SpcPoint? LastPresent(SpcPoint[] points)
    {
        for (var i = points.Length - 1; i >= 0; i--)
        {
            if (points[i].Value is not null)
            {
                return points[i];
            }
        }

        return null;
    }

    private int[] PhaseStarts()
    {
        var starts = new int[1 + (_options.PhaseStarts?.Count ?? 0)];
        for (var p = 1; p < starts.Length; p++)
        {
            starts[p] = _options.PhaseStarts![p - 1];
        }

        return starts;
    }

    /// <summary>Moving ranges of neighbouring periods of one phase; none at a phase's first point or next to a gap.</summary>
    private double[] MovingRanges()
    {
        var ranges = new double[_count];
        var phaseStarts = _options.PhaseStarts ?? [];
        for (var i = 0; i < _count; i++)
        {
            ranges[i] = i == 0 || phaseStarts.Contains(i)
                ? double.NaN
                : Math.Abs(_inputs.Values[i] - _inputs.Values[i - 1]);
        }

        return ranges;
    }

    private (double Lower, double Upper, double Lower2, double Upper2) LimitsAt(PhaseLimits limits, int i)
    {
        if (!limits.HasLimits)
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }

        // P and U limits depend on the point's own denominator; without one (a missing period) there are none.
        var denominator = _inputs.Denominators[i];
        if (SpcAnalysis.NeedsDenominators(_chart) && !(denominator > 0))
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var (lower, upper) = limits.At(3, denominator);
        var (lower2, upper2) = limits.At(2, denominator);
        return (lower, upper, lower2, upper2);
    }

    private SpcPhase Phase(int index, int start, int end, int present, PhaseLimits limits, RunsStatistics runs)
    {
        var first = _keys.Count > start ? _keys[start].ToString() : string.Empty;
        var controlChart = _chart != ChartKind.Run;
        var trial = controlChart && limits.BaselineValues < _options.MinimumPhasePoints;
        if (limits.BaselineValues == 0)
        {
            _warnings.Add(new SpcMessage("empty-phase", start, $"The phase starting at {first} has no values: it has no centre line or limits."));
        }
        else if (controlChart && !limits.HasLimits)
        {
            _warnings.Add(new SpcMessage("no-limits", start, string.Create(CultureInfo.InvariantCulture,
                $"The phase starting at {first} has {limits.BaselineValues} value(s) and no two neighbouring ones: limits need at least two values in a row.")));
        }
        else if (trial)
        {
            _warnings.Add(new SpcMessage("trial-limits", start, string.Create(CultureInfo.InvariantCulture,
                $"The limits of the phase starting at {first} rest on {limits.BaselineValues} values (fewer than {_options.MinimumPhasePoints}): they are trial limits and will move as data arrive.")));
        }

        if (limits.HasLimits && limits.SigmaAt(1) == 0 && _chart is ChartKind.Individuals or ChartKind.MovingRange or ChartKind.PPrime or ChartKind.UPrime)
        {
            _warnings.Add(new SpcMessage("zero-spread", start,
                $"The values of the phase starting at {first} do not vary from one period to the next, so the limits sit on the centre line; any change at all will show as a signal."));
        }

        if (limits.ScreenedMovingRanges > 0)
        {
            _warnings.Add(new SpcMessage("screened-moving-ranges", start, string.Create(CultureInfo.InvariantCulture,
                $"{limits.ScreenedMovingRanges} unusually large jump(s) between neighbouring periods (at or above 3.267 × the average) were left out of the limits of the phase starting at {first}, so one jump cannot widen them.")));
        }

        double? sigma = _chart is ChartKind.Individuals or ChartKind.PPrime or ChartKind.UPrime ? OrNull(limits.Sigma) : null;
        double? meanRange = _chart is ChartKind.Individuals or ChartKind.PPrime or ChartKind.UPrime or ChartKind.MovingRange
            ? OrNull(limits.MeanMovingRange)
            : null;
        return new SpcPhase(index, start, end, present, limits.BaselineValues, OrNull(limits.Centre), sigma, meanRange,
            limits.ScreenedMovingRanges, trial, runs.UsefulPoints, runs.LongestRun, runs.LongestRunLimit, runs.Crossings, runs.CrossingsLimit);
    }

    /// <summary>
    /// The way a point's signal points. Rules are read in NHSRplotthedots' order of precedence: beyond the limits,
    /// a trend (its direction, wherever it lies), two of three, a shift or long run (the side of the centre line);
    /// too few crossings has no side.
    /// </summary>
    private static SignalSide SideOf(SpcRule rules, double value, double centre, sbyte trend)
    {
        if (rules == SpcRule.None)
        {
            return SignalSide.None;
        }

        if ((rules & SpcRule.BeyondLimits) == 0 && (rules & SpcRule.Trend) != 0)
        {
            return trend > 0 ? SignalSide.High : SignalSide.Low;
        }

        if ((rules & (SpcRule.BeyondLimits | SpcRule.TwoOfThree | SpcRule.Shift | SpcRule.LongRun)) != 0)
        {
            return value > centre ? SignalSide.High : value < centre ? SignalSide.Low : SignalSide.None;
        }

        return SignalSide.None;
    }

    private SignalKind KindOf(SpcRule rules, SignalSide side)
    {
        if (rules == SpcRule.None)
        {
            return SignalKind.None;
        }

        var direction = _chart == ChartKind.MovingRange ? ImprovementDirection.Neutral : _options.Direction;
        return (direction, side) switch
        {
            (ImprovementDirection.Increase, SignalSide.High) or (ImprovementDirection.Decrease, SignalSide.Low) => SignalKind.Improvement,
            (ImprovementDirection.Increase, SignalSide.Low) or (ImprovementDirection.Decrease, SignalSide.High) => SignalKind.Concern,
            _ => SignalKind.Neutral,
        };
    }
}
