using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Goodhart.Spc;

/// <summary>
/// Estimates how often a stable process would raise at least one signal on a chart of a given length with given
/// rules, by charting many simulated stable series exactly as the real one is charted. Stable means independent
/// normal values with a constant mean. On I, P′ and U′ charts the simulated limits are estimated from the simulated
/// data (so their estimation error is included); on P, U and C charts the limits come from a model, so the
/// simulation treats them as known; run charts use their median. Results are cached per phase length and rule set,
/// and the seed is fixed, so the same chart always gets the same figure.
/// </summary>
internal static class FalseAlarmSimulator
{
    private static readonly ConcurrentDictionary<Key, (double Probability, double Variance)> Cache = new();

    // Most charts have one phase: their whole estimate, sentence included, is kept too, so a thousand series of one
    // length cost one simulation and one sentence.
    private static readonly ConcurrentDictionary<Key, FalseAlarmEstimate> SinglePhase = new();

    public static FalseAlarmEstimate Estimate(SpcOptions options, IReadOnlyList<SpcPhase> phases)
    {
        if (phases.Count == 1)
        {
            return SinglePhase.GetOrAdd(KeyOf(options, phases[0]), static (_, state) => Combine(state.options, state.phases), (options, phases));
        }

        return Combine(options, phases);
    }

    private static Key KeyOf(SpcOptions options, SpcPhase phase)
    {
        var length = phase.Values;
        var baseline = options.Baseline is { } b ? Math.Min(b, length) : length;
        return new Key(FamilyOf(options.Chart), length, baseline, options.EffectiveRules, options.ScreenMovingRanges,
            options.E2 ?? (3 / LimitEstimator.D2), options.FalseAlarmReplicates, options.FalseAlarmSeed);
    }

    private static FalseAlarmEstimate Combine(SpcOptions options, IReadOnlyList<SpcPhase> phases)
    {
        // Phases are charted independently, so the chart stays quiet only if every phase does.
        double quiet = 1;
        var points = 0;
        var perPhase = new (double P, double Variance)[phases.Count];
        for (var k = 0; k < phases.Count; k++)
        {
            var length = phases[k].Values;
            points += length;
            perPhase[k] = length == 0 ? (0, 0) : Cache.GetOrAdd(KeyOf(options, phases[k]), Simulate);
            quiet *= 1 - perPhase[k].P;
        }

        // Delta method: the derivative of 1 − Π(1 − p_k) with respect to p_j is Π over k ≠ j of (1 − p_k).
        double variance = 0;
        for (var j = 0; j < perPhase.Length; j++)
        {
            var others = 1.0;
            for (var k = 0; k < perPhase.Length; k++)
            {
                others *= k == j ? 1 : 1 - perPhase[k].P;
            }

            variance += others * others * perPhase[j].Variance;
        }

        var probability = 1 - quiet;
        return new FalseAlarmEstimate(probability, Math.Sqrt(variance), options.FalseAlarmReplicates, options.FalseAlarmSeed,
            FalseAlarmSentence.For(probability, points));
    }

    private enum Family
    {
        Run,
        Estimated,
        Known,
        MovingRange,
    }

    private static Family FamilyOf(ChartKind chart) => chart switch
    {
        ChartKind.Run => Family.Run,
        ChartKind.Individuals or ChartKind.PPrime or ChartKind.UPrime => Family.Estimated,
        ChartKind.MovingRange => Family.MovingRange,
        _ => Family.Known,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Probability, double Variance) Simulate(Key key)
    {
        var n = key.Length;
        var random = new Random(unchecked((key.Seed * 397) ^ n));
        var raw = new double[n + 1];
        var values = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        var lower2 = new double[n];
        var upper2 = new double[n];
        var rules = new SpcRule[n];
        var trend = new sbyte[n];
        var present = new int[n];
        for (var i = 0; i < n; i++)
        {
            present[i] = i;
        }

        var chart = key.Family switch
        {
            Family.Run => ChartKind.Run,
            Family.MovingRange => ChartKind.MovingRange,
            _ => ChartKind.Individuals,
        };
        var alarms = 0;
        for (var r = 0; r < key.Replicates; r++)
        {
            FillNormal(random, raw);
            if (key.Family == Family.MovingRange)
            {
                for (var i = 0; i < n; i++)
                {
                    values[i] = Math.Abs(raw[i + 1] - raw[i]);
                }
            }
            else
            {
                Array.Copy(raw, values, n);
            }

            var limits = key.Family == Family.Known
                ? new PhaseLimits(ChartKind.Individuals, 0, 1, double.NaN, 0, n)
                : LimitEstimator.Estimate(chart, values.AsSpan(0, key.Baseline), values.AsSpan(0, key.Baseline),
                    values.AsSpan(0, key.Baseline), key.Screen, key.E2);
            for (var i = 0; i < n; i++)
            {
                if (limits.HasLimits)
                {
                    (lower[i], upper[i]) = limits.At(3, 1);
                    (lower2[i], upper2[i]) = limits.At(2, 1);
                }
                else
                {
                    lower[i] = upper[i] = lower2[i] = upper2[i] = double.NaN;
                }
            }

            Array.Clear(rules);
            RuleEvaluator.Evaluate(present, values, limits.Centre, lower, upper, lower2, upper2, key.Rules, rules, trend);
            foreach (var rule in rules)
            {
                if (rule != SpcRule.None)
                {
                    alarms++;
                    break;
                }
            }
        }

        var p = (double)alarms / key.Replicates;
        return (p, p * (1 - p) / key.Replicates);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillNormal(Random random, double[] target)
    {
        // Box–Muller: two independent uniforms give two independent standard normal values.
        for (var i = 0; i < target.Length; i += 2)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            target[i] = radius * Math.Cos(2 * Math.PI * u2);
            if (i + 1 < target.Length)
            {
                target[i + 1] = radius * Math.Sin(2 * Math.PI * u2);
            }
        }
    }

    private readonly record struct Key(
        Family Family,
        int Length,
        int Baseline,
        SpcRuleOptions Rules,
        bool Screen,
        double E2,
        int Replicates,
        int Seed);
}
