using System.Runtime.CompilerServices;

namespace Goodhart.Spc;

/// <summary>
/// Applies the rules to one phase. The rules see only the points with a value, in order: a missing period neither
/// breaks nor extends a run, a trend or a window of three.
/// </summary>
/// <remarks>
/// The hot paths of the engine are compiled fully optimised on first call: a command-line run charts once per
/// process (and the false-alarm simulation calls them thousands of times in its first few milliseconds), so it
/// would otherwise spend most of its time in unoptimised code waiting for tiered compilation to catch up.
/// </remarks>
internal static class RuleEvaluator
{
    /// <summary>
    /// Marks in <paramref name="rules"/> every rule each point is part of, and in <paramref name="trend"/> the
    /// direction (+1 rising, −1 falling) of a trend a point belongs to.
    /// </summary>
    /// <param name="present">Indexes of the phase's points with a value, in order.</param>
    /// <param name="values">Plotted values of the whole series.</param>
    /// <param name="centre">The phase's centre line.</param>
    /// <param name="lower">Lower 3-sigma limit per point (NaN where there is none).</param>
    /// <param name="upper">Upper 3-sigma limit per point.</param>
    /// <param name="lower2">Lower 2-sigma line per point.</param>
    /// <param name="upper2">Upper 2-sigma line per point.</param>
    /// <param name="options">The rules to apply.</param>
    /// <param name="rules">Output: rule flags per point of the whole series.</param>
    /// <param name="trend">Output: trend direction per point of the whole series.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RunsStatistics Evaluate(
        ReadOnlySpan<int> present,
        double[] values,
        double centre,
        double[] lower,
        double[] upper,
        double[] lower2,
        double[] upper2,
        SpcRuleOptions options,
        SpcRule[] rules,
        sbyte[] trend)
    {
        if (present.Length == 0 || double.IsNaN(centre))
        {
            return default;
        }

        if (options.BeyondLimits)
        {
            foreach (var i in present)
            {
                if (values[i] > upper[i] || values[i] < lower[i])
                {
                    rules[i] |= SpcRule.BeyondLimits;
                }
            }
        }

        if (options.Shift > 0)
        {
            Shift(present, values, centre, options.Shift, rules);
        }

        if (options.Trend > 0)
        {
            Trend(present, values, options.Trend, rules, trend);
        }

        if (options.TwoOfThree != TwoOfThreeDefinition.Off)
        {
            TwoOfThree(present, values, centre, lower, upper, lower2, upper2, options.TwoOfThree, rules);
        }

        return options.LongRun || options.FewCrossings ? Runs(present, values, centre, options, rules) : default;
    }

    private static int SideOf(double value, double centre) => value > centre ? 1 : value < centre ? -1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Shift(ReadOnlySpan<int> present, double[] values, double centre, int length, SpcRule[] rules)
    {
        var start = 0;
        for (var j = 1; j <= present.Length; j++)
        {
            var side = SideOf(values[present[start]], centre);
            if (j < present.Length && side != 0 && SideOf(values[present[j]], centre) == side)
            {
                continue;
            }

            // A point on the centre line ends the run and starts none.
            if (side != 0 && j - start >= length)
            {
                for (var k = start; k < j; k++)
                {
                    rules[present[k]] |= SpcRule.Shift;
                }
            }

            start = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Trend(ReadOnlySpan<int> present, double[] values, int length, SpcRule[] rules, sbyte[] trend)
    {
        // A run of steps in one direction; m steps join m + 1 points, and a tie (a step of 0) ends the run.
        var start = 0;
        var direction = 0;
        for (var j = 1; j <= present.Length; j++)
        {
            var step = j < present.Length ? Math.Sign(values[present[j]] - values[present[j - 1]]) : 0;
            if (step != 0 && step == direction)
            {
                continue;
            }

            if (direction != 0 && j - start >= length)
            {
                for (var k = start; k < j; k++)
                {
                    rules[present[k]] |= SpcRule.Trend;
                    trend[present[k]] = (sbyte)direction;
                }
            }

            // The run that starts here includes the point before the step.
            start = j - 1;
            direction = step;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TwoOfThree(
        ReadOnlySpan<int> present,
        double[] values,
        double centre,
        double[] lower,
        double[] upper,
        double[] lower2,
        double[] upper2,
        TwoOfThreeDefinition definition,
        SpcRule[] rules)
    {
        for (var w = 0; w + 2 < present.Length; w++)
        {
            for (var side = -1; side <= 1; side += 2)
            {
                var count = 0;
                var opposite = 0;
                var sameSide = true;
                for (var k = w; k < w + 3; k++)
                {
                    var i = present[k];
                    count += Counts(i, side) ? 1 : 0;
                    opposite += Counts(i, -side) ? 1 : 0;
                    sameSide &= SideOf(values[i], centre) == side;
                }

                var signal = definition == TwoOfThreeDefinition.AnySide ? count - opposite >= 2 : count >= 2 && sameSide;
                if (!signal)
                {
                    continue;
                }

                for (var k = w; k < w + 3; k++)
                {
                    if (Counts(present[k], side))
                    {
                        rules[present[k]] |= SpcRule.TwoOfThree;
                    }
                }
            }
        }

        bool Counts(int i, int side)
        {
            var v = values[i];
            var beyondTwo = side > 0 ? v > upper2[i] : v < lower2[i];
            if (definition != TwoOfThreeDefinition.Earlier)
            {
                return beyondTwo;
            }

            var beyondThree = side > 0 ? v > upper[i] : v < lower[i];
            return beyondTwo && !beyondThree;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RunsStatistics Runs(ReadOnlySpan<int> present, double[] values, double centre, SpcRuleOptions options, SpcRule[] rules)
    {
        // Points on the centre line are ignored: they neither break a run nor count towards n.
        var useful = 0;
        var longest = 0;
        var runs = 0;
        var current = 0;
        var previousSide = 0;
        foreach (var i in present)
        {
            var side = SideOf(values[i], centre);
            if (side == 0)
            {
                continue;
            }

            useful++;
            if (side == previousSide)
            {
                current++;
            }
            else
            {
                runs++;
                current = 1;
                previousSide = side;
            }

            longest = Math.Max(longest, current);
        }

        if (useful == 0)
        {
            return default;
        }

        var (longestLimit, crossingsLimit) = RunsStatistics.LimitsFor(useful);
        var crossings = runs - 1;
        if (options.LongRun && longest > longestLimit)
        {
            MarkLongRuns(present, values, centre, longestLimit, rules);
        }

        if (options.FewCrossings && crossings < crossingsLimit)
        {
            // Too few crossings is a property of the whole phase, not of particular points.
            foreach (var i in present)
            {
                rules[i] |= SpcRule.FewCrossings;
            }
        }

        return new RunsStatistics(useful, longest, longestLimit, crossings, crossingsLimit);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkLongRuns(ReadOnlySpan<int> present, double[] values, double centre, int limit, SpcRule[] rules)
    {
        var runStart = -1;
        var runSide = 0;
        var runLength = 0;
        for (var k = 0; k <= present.Length; k++)
        {
            var side = k < present.Length ? SideOf(values[present[k]], centre) : 0;
            if (k < present.Length && side == 0)
            {
                continue;
            }

            if (side != 0 && side == runSide)
            {
                runLength++;
                continue;
            }

            if (runLength > limit)
            {
                for (var m = runStart; m < k; m++)
                {
                    // Points on the line inside the run stay unmarked: they are not part of it.
                    if (SideOf(values[present[m]], centre) == runSide)
                    {
                        rules[present[m]] |= SpcRule.LongRun;
                    }
                }
            }

            runStart = k;
            runSide = side;
            runLength = 1;
        }
    }
}
