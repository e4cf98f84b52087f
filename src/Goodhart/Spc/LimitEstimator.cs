using System.Runtime.CompilerServices;

namespace Goodhart.Spc;

/// <summary>
/// Estimates a phase's centre line and sigma from its baseline values, for each chart kind. Values are the plotted
/// values with NaN for a missing period; a moving range is only taken between two neighbouring periods that both
/// have a value, so no moving range spans a gap.
/// </summary>
internal static class LimitEstimator
{
    /// <summary>d₂ for ranges of two: the mean moving range of a stable normal process in units of its sigma.</summary>
    public const double D2 = 1.128;

    /// <summary>
    /// The centre and sigma of one phase. <paramref name="values"/>, <paramref name="numerators"/> and
    /// <paramref name="denominators"/> are the baseline periods only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PhaseLimits Estimate(
        ChartKind chart,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        bool screen,
        double e2)
    {
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return PhaseLimits.None(chart);
        }

        switch (chart)
        {
            case ChartKind.Run:
                return new PhaseLimits(chart, Median(values, count), double.NaN, double.NaN, 0, count);

            case ChartKind.Individuals:
                {
                    var mean = Mean(values);
                    var (amr, screened, ranges) = MeanMovingRange(values, screen);
                    var sigma = ranges == 0 ? double.NaN : amr * e2 / 3;
                    return new PhaseLimits(chart, mean, sigma, amr, screened, count);
                }

            case ChartKind.MovingRange:
                {
                    // The values of an mR chart are already moving ranges; its centre is their plain mean (as in
                    // qicharts2), since screening would hide exactly the jumps this chart exists to show.
                    var mean = Mean(values);
                    return new PhaseLimits(chart, mean, mean / D2, mean, 0, count);
                }

            case ChartKind.P:
            case ChartKind.U:
                {
                    var rate = Ratio(numerators, denominators, values);
                    return new PhaseLimits(chart, rate, 1, double.NaN, 0, count);
                }

            case ChartKind.PPrime:
            case ChartKind.UPrime:
                {
                    // Laney (2002): z-scores of each point against its binomial or Poisson sigma; their moving-range
                    // sigma σz says how much more (or less) the points scatter than the model expects.
                    var rate = Ratio(numerators, denominators, values);
                    var z = new double[values.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        var sigma = chart == ChartKind.PPrime
                            ? Math.Sqrt(rate * (1 - rate) / denominators[i])
                            : Math.Sqrt(rate / denominators[i]);
                        z[i] = double.IsNaN(values[i]) ? double.NaN : (values[i] - rate) / sigma;
                    }

                    var (amr, screened, ranges) = MeanMovingRange(z, screen);
                    var sigmaZ = ranges == 0 || !double.IsFinite(amr) ? double.NaN : amr * e2 / 3;
                    return new PhaseLimits(chart, rate, sigmaZ, amr, screened, count);
                }

            case ChartKind.C:
                return new PhaseLimits(chart, Mean(values), 1, double.NaN, 0, count);

            default:
                throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart kind.");
        }
    }

    /// <summary>
    /// The mean moving range of neighbouring periods that both have a value. With <paramref name="screen"/>,
    /// moving ranges at or above 3.267 times the mean are left out once and the mean taken again (Nelson 1982).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Mean, int Screened, int Count) MeanMovingRange(ReadOnlySpan<double> values, bool screen)
    {
        double sum = 0;
        var count = 0;
        for (var i = 1; i < values.Length; i++)
        {
            var range = Math.Abs(values[i] - values[i - 1]);
            if (!double.IsNaN(range))
            {
                sum += range;
                count++;
            }
        }

        if (count == 0)
        {
            return (double.NaN, 0, 0);
        }

        var mean = sum / count;
        if (!screen)
        {
            return (mean, 0, count);
        }

        var cut = PhaseLimits.MovingRangeD4 * mean;
        double kept = 0;
        var keptCount = 0;
        for (var i = 1; i < values.Length; i++)
        {
            var range = Math.Abs(values[i] - values[i - 1]);
            if (!double.IsNaN(range) && range < cut)
            {
                kept += range;
                keptCount++;
            }
        }

        // Every range at or above the cut can only happen when all ranges are 0 (the cut is then 0 too).
        return keptCount == 0 ? (mean, 0, count) : (kept / keptCount, count - keptCount, count);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return sum / count;
    }

    private static double Ratio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, ReadOnlySpan<double> values)
    {
        double top = 0, bottom = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                top += numerators[i];
                bottom += denominators[i];
            }
        }

        return top / bottom;
    }

    private static double Median(ReadOnlySpan<double> values, int count)
    {
        var sorted = new double[count];
        var k = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sorted[k++] = v;
            }
        }

        Array.Sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[(count / 2) - 1] + sorted[count / 2]) / 2;
    }
}
