using Goodhart.Findings;
using MathNet.Numerics.Distributions;

namespace Goodhart.Detection;

/// <summary>
/// A one-sided scan for a step up in a share over ordered periods, stratified (e.g. by priority class): for each split
/// of the periods into before and after, at least <c>minimumSegment</c> periods each side, the Mantel–Haenszel score
/// statistic Z = Σₛ (xₛ₁ − Eₛ) / √Σₛ Vₛ, with Eₛ = nₛ₁·Xₛ/Nₛ and the hypergeometric variance
/// Vₛ = nₛ₀·nₛ₁·Xₛ·(Nₛ − Xₛ) / (Nₛ²·(Nₛ − 1)) (Mantel &amp; Haenszel 1959, eq. 11); the scan statistic is the largest Z
/// over the splits. Its p-value comes from permuting the order of the periods (whole periods, all strata together),
/// seeded: p = (1 + #{permuted max ≥ observed max}) / (B + 1) (Davison &amp; Hinkley 1997, eq. 4.11). The permutation
/// null keeps each period's counts intact, so shares that vary from period to period more than binomial counts would
/// (busy months, short staff) widen the null instead of raising false alarms; it needs only that the periods are
/// exchangeable when nothing changed. The size of the step at the chosen split is the Mantel–Haenszel risk difference
/// (weights nₛ₀·nₛ₁/Nₛ; Greenland &amp; Robins 1985) with a Wald interval on the larger of two variances: the
/// binomial variance inflated by the Pearson dispersion of the period shares around their segment means, and the
/// cluster-robust variance with periods as clusters (Liang &amp; Zeger 1986; factor G/(G − 1) per segment), which also
/// catches a shift that moves every stratum of a period together. The interval is for the split the scan chose, so it
/// is somewhat too narrow (the split was picked where the difference is largest).
/// </summary>
internal static class StepScan
{
    public sealed record Result(
        int Split,
        double Statistic,
        double P,
        double Step,
        ConfidenceInterval StepInterval,
        double Before,
        double After,
        double Dispersion);

    /// <param name="trials">Cases per period (rows, in time order) and stratum (columns).</param>
    /// <param name="successes">Cases with the feature, same layout.</param>
    /// <param name="minimumSegment">The fewest periods each side of a split.</param>
    /// <param name="permutations">How many random orders of the periods make the null distribution.</param>
    /// <param name="seed">The permutations' seed.</param>
    /// <param name="level">The coverage of the step's interval.</param>
    public static Result Run(double[][] trials, double[][] successes, int minimumSegment, int permutations, int seed, double level)
    {
        var n = trials.Length;
        var observed = MaxStatistic(trials, successes, minimumSegment);
        var random = new Random(seed);
        var order = Enumerable.Range(0, n).ToArray();
        var shuffledTrials = new double[n][];
        var shuffledSuccesses = new double[n][];
        var atLeast = 0;
        for (var b = 0; b < permutations; b++)
        {
            random.Shuffle(order);
            for (var i = 0; i < n; i++)
            {
                shuffledTrials[i] = trials[order[i]];
                shuffledSuccesses[i] = successes[order[i]];
            }

            // A hair of tolerance, so that rounding cannot make an identical arrangement count as less extreme.
            if (MaxStatistic(shuffledTrials, shuffledSuccesses, minimumSegment).Statistic >= observed.Statistic - 1e-9)
            {
                atLeast++;
            }
        }

        var p = (1.0 + atLeast) / (permutations + 1.0);
        var (step, interval, before, after, dispersion) = Size(trials, successes, observed.Split, level);
        return new Result(observed.Split, observed.Statistic, p, step, interval, before, after, dispersion);
    }

    /// <summary>The largest one-sided score statistic over the allowed splits, and where (the first period after the split).</summary>
    public static (int Split, double Statistic) MaxStatistic(double[][] trials, double[][] successes, int minimumSegment)
    {
        var n = trials.Length;
        var strata = trials[0].Length;
        var totalN = new double[strata];
        var totalX = new double[strata];
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < strata; s++)
            {
                totalN[s] += trials[i][s];
                totalX[s] += successes[i][s];
            }
        }

        var beforeN = new double[strata];
        var beforeX = new double[strata];
        var best = (Split: -1, Statistic: double.NegativeInfinity);
        for (var k = 1; k < n; k++)
        {
            for (var s = 0; s < strata; s++)
            {
                beforeN[s] += trials[k - 1][s];
                beforeX[s] += successes[k - 1][s];
            }

            if (k < minimumSegment || n - k < minimumSegment)
            {
                continue;
            }

            double score = 0, variance = 0;
            for (var s = 0; s < strata; s++)
            {
                var total = totalN[s];
                var n0 = beforeN[s];
                var n1 = total - n0;
                var x = totalX[s];
                if (n0 <= 0 || n1 <= 0 || x <= 0 || x >= total)
                {
                    continue;
                }

                score += totalX[s] - beforeX[s] - (n1 * x / total);
                variance += n0 * n1 * x * (total - x) / (total * total * (total - 1));
            }

            var z = variance > 0 ? score / Math.Sqrt(variance) : 0;
            if (z > best.Statistic)
            {
                best = (k, z);
            }
        }

        return best;
    }

    private static (double Step, ConfidenceInterval Interval, double Before, double After, double Dispersion) Size(double[][] trials, double[][] successes, int split, double level)
    {
        var n = trials.Length;
        var strata = trials[0].Length;
        var n0 = new double[strata];
        var x0 = new double[strata];
        var n1 = new double[strata];
        var x1 = new double[strata];
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < strata; s++)
            {
                if (i < split)
                {
                    n0[s] += trials[i][s];
                    x0[s] += successes[i][s];
                }
                else
                {
                    n1[s] += trials[i][s];
                    x1[s] += successes[i][s];
                }
            }
        }

        var weights = new double[strata];
        double weightSum = 0, weighted = 0, binomial = 0, pearson = 0;
        int cells = 0, fitted = 0;
        for (var s = 0; s < strata; s++)
        {
            if (n0[s] <= 0 || n1[s] <= 0)
            {
                continue;
            }

            var p0 = x0[s] / n0[s];
            var p1 = x1[s] / n1[s];
            weights[s] = n0[s] * n1[s] / (n0[s] + n1[s]);
            weightSum += weights[s];
            weighted += weights[s] * (p1 - p0);
            binomial += weights[s] * weights[s] * ((p1 * (1 - p1) / n1[s]) + (p0 * (1 - p0) / n0[s]));
            fitted += 2;
            for (var i = 0; i < n; i++)
            {
                var share = i < split ? p0 : p1;
                var expected = trials[i][s] * share;
                var v = expected * (1 - share);
                if (trials[i][s] > 0)
                {
                    cells++;
                    pearson += v > 0 ? (successes[i][s] - expected) * (successes[i][s] - expected) / v : 0;
                }
            }
        }

        // Periods as clusters (Liang & Zeger 1986): each period's pull on the weighted difference, summed over all
        // strata before squaring, so a busy month that moves every class together counts once, not once per class.
        double robust = 0;
        foreach (var (from, to, sign) in new[] { (0, split, -1.0), (split, n, 1.0) })
        {
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                double contribution = 0;
                for (var s = 0; s < strata; s++)
                {
                    var (segmentN, segmentX) = sign < 0 ? (n0[s], x0[s]) : (n1[s], x1[s]);
                    if (weights[s] > 0)
                    {
                        contribution += sign * weights[s] * (successes[i][s] - (trials[i][s] * segmentX / segmentN)) / segmentN;
                    }
                }

                sum += contribution * contribution;
            }

            var clusters = to - from;
            robust += clusters > 1 ? sum * clusters / (clusters - 1) : 0;
        }

        var dispersion = cells > fitted ? pearson / (cells - fitted) : double.NaN;
        var inflation = Math.Max(1, double.IsNaN(dispersion) ? 1 : dispersion);
        var step = weightSum > 0 ? weighted / weightSum : double.NaN;
        var se = weightSum > 0 ? Math.Sqrt(Math.Max(binomial * inflation, robust)) / weightSum : double.NaN;
        var z = Normal.InvCDF(0, 1, 0.5 + (level / 2));
        var before = n0.Sum();
        var after = n1.Sum();
        return (step, new ConfidenceInterval(step - (z * se), step + (z * se), level), before > 0 ? x0.Sum() / before : double.NaN, after > 0 ? x1.Sum() / after : double.NaN, dispersion);
    }
}
