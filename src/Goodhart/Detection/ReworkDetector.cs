using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Detection;

/// <summary>
/// Rework: people hurried out just before a time target come back. The fingerprint is a repeat-contact rate for the
/// cases closed in a window just inside the target above the smooth trend of the repeat rate by duration around it.
/// </summary>
/// <remarks>
/// Over <see cref="ReworkOptions.Span"/> units each side of the target, leaving out the window, repeats are modelled as
/// binomial with a polynomial in duration on the log-odds scale (a logistic regression on grouped counts, fitted by
/// IRLS; McCullagh &amp; Nelder 1989, section 4.4), and the fit is extrapolated into the window. The excess is
/// O − E, observed repeats in the window minus Σ nₜ·p̂ₜ. Its variance is the binomial variance of O under the trend,
/// φ·Σ nₜ·p̂ₜ(1 − p̂ₜ), plus the trend's own uncertainty gᵀ·Cov(β)·g with g = Σ nₜ·p̂ₜ(1 − p̂ₜ)·xₜ (the delta
/// method); φ is the Pearson dispersion of the fit when it exceeds 1, which also widens Cov(β). The test is one-sided
/// (only an excess is rework), z = (O − E)/√variance. The effect is the excess per hundred cases in the window
/// (percentage points), with a Wald interval whose binomial part uses the window's observed share (under the
/// alternative the window's rate is not the trend's).
/// </remarks>
public static class ReworkDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "rework";

    private const string Title = "Rework: cases closed just inside the target come back";

    /// <summary>Looks for extra repeat contacts among cases closed just inside the target.</summary>
    /// <param name="counts">Cases and repeat contacts by whole duration.</param>
    /// <param name="target">The threshold and which side of it meets the target.</param>
    /// <param name="options">The settings; <c>null</c> for <see cref="ReworkOptions.Default"/>.</param>
    /// <returns>A finding with code "rework".</returns>
    /// <exception cref="ArgumentException">A count is negative, or a duration has more repeats than cases.</exception>
    public static Finding Detect(IReadOnlyList<RepeatContactCount> counts, DurationTarget target, ReworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= ReworkOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PolynomialDegree);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Span, options.Window + options.PolynomialDegree + 3);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Excluded);
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        foreach (var row in counts)
        {
            if (row.Cases < 0 || row.Repeats < 0 || row.Repeats > row.Cases)
            {
                throw new ArgumentException($"The row for duration {row.Duration} ({row.Cases} cases, {row.Repeats} repeats) is not possible.", nameof(counts));
            }
        }

        var unit = options.Unit;
        var w = options.Window;
        var lastMet = target.LastMet;
        var from = lastMet - options.Span + 1;
        var n = 2 * options.Span;
        var cases = new double[n];
        var repeats = new double[n];
        foreach (var row in counts)
        {
            var i = row.Duration - from;
            if (i >= 0 && i < n)
            {
                cases[i] += row.Cases;
                repeats[i] += row.Repeats;
            }
        }

        var inWindow = new bool[n];
        for (var i = 0; i < n; i++)
        {
            inWindow[i] = from + i > lastMet - w && from + i <= lastMet;
        }

        var windowCases = Enumerable.Range(0, n).Where(i => inWindow[i]).Sum(i => cases[i]);
        var fitCases = Enumerable.Range(0, n).Where(i => !inWindow[i]).Sum(i => cases[i]);
        var fitRepeats = Enumerable.Range(0, n).Where(i => !inWindow[i]).Sum(i => repeats[i]);
        if (from < 0 || windowCases < options.MinimumWindowCases || fitCases < options.MinimumSpanCases)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"Only {Wording.Count(windowCases)} {options.CaseNoun} were closed in the {w} {unit} before the target and {Wording.Count(fitCases)} in the rest of the {options.Span} {unit} either side of it; the test needs at least {options.MinimumWindowCases} and {options.MinimumSpanCases}.",
                [new Evidence("cases counted", cases.Sum(), options.CaseNoun)]);
        }

        if (fitRepeats == 0 || fitRepeats == fitCases)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"{(fitRepeats == 0 ? "None" : "All")} of the {Wording.Count(fitCases)} {options.CaseNoun} around the window came back within the repeat window, so there is no trend to compare with.",
                [new Evidence("cases counted", cases.Sum(), options.CaseNoun)]);
        }

        var x = new double[n][];
        for (var i = 0; i < n; i++)
        {
            // Durations scaled to [−1, 1] over the span so the powers stay well conditioned.
            var u = (i - options.Span + 0.5) / options.Span;
            x[i] = [.. Enumerable.Range(0, options.PolynomialDegree + 1).Select(k => Math.Pow(u, k))];
        }

        var fitX = Enumerable.Range(0, n).Where(i => !inWindow[i]).Select(i => x[i]).ToArray();
        var fit = BinomialRegression.Run(fitX, [.. Enumerable.Range(0, n).Where(i => !inWindow[i]).Select(i => repeats[i])], [.. Enumerable.Range(0, n).Where(i => !inWindow[i]).Select(i => cases[i])]);
        var beta = fit.Coefficients;
        var trend = x.Select(row => BinomialRegression.Expit(row.Select((v, j) => v * beta[j]).Sum())).ToArray();
        var inflation = Math.Max(1, double.IsNaN(fit.Dispersion) ? 1 : fit.Dispersion);

        double observed = 0, expected = 0, binomialVariance = 0;
        var g = Vector<double>.Build.Dense(beta.Length);
        for (var i = 0; i < n; i++)
        {
            if (!inWindow[i])
            {
                continue;
            }

            var v = trend[i] * (1 - trend[i]);
            observed += repeats[i];
            expected += cases[i] * trend[i];
            binomialVariance += cases[i] * v;
            g += Vector<double>.Build.DenseOfArray(x[i]) * (cases[i] * v);
        }

        var trendVariance = g.DotProduct(fit.Covariance * g);
        var excess = observed - expected;
        var nullSe = Math.Sqrt((inflation * binomialVariance) + trendVariance);
        var p = nullSe > 0 ? 1 - Normal.CDF(0, 1, excess / nullSe) : (excess > 0 ? 0 : 1);

        // The interval is about the rate the window actually has, so its binomial part uses the observed share there.
        var share = observed / windowCases;
        var se = Math.Sqrt((inflation * windowCases * share * (1 - share)) + trendVariance);
        var z = Normal.InvCDF(0, 1, 0.5 + (options.ConfidenceLevel / 2));
        var points = 100 * excess / windowCases;
        var pointsInterval = new ConfidenceInterval(100 * (excess - (z * se)) / windowCases, 100 * (excess + (z * se)) / windowCases, options.ConfidenceLevel);
        var excessInterval = new ConfidenceInterval(excess - (z * se), excess + (z * se), options.ConfidenceLevel);
        var outside = Enumerable.Range(0, n).Where(i => !inWindow[i] && from + i > lastMet).ToArray();
        var insideRest = Enumerable.Range(0, n).Where(i => !inWindow[i] && from + i <= lastMet).ToArray();

        var effect = new EffectSize($"extra repeat contacts per hundred {options.CaseNoun} closed in the {w} {unit} before the target", points, "percentage points", options.PracticalMinimum, pointsInterval);
        var evidence = new List<Evidence>
        {
            new($"excess repeat rate in the {w} {unit} before the target", points, "percentage points", pointsInterval),
            new("repeat contacts in the window above the trend", excess, "repeats", excessInterval),
            new("repeat rate in the window", observed / windowCases, "share"),
            new("repeat rate the trend predicts for the window", expected / windowCases, "share"),
            new("observed ÷ predicted repeats in the window", expected > 0 ? observed / expected : double.NaN, "ratio"),
            new($"repeat rate of the other {options.CaseNoun} inside the target (within the span)", Rate(insideRest, cases, repeats), "share"),
            new($"repeat rate of the {options.CaseNoun} past the target (within the span)", Rate(outside, cases, repeats), "share"),
            new("rework test p-value (one-sided)", p, "p"),
            new("dispersion of the repeat rates by duration (1 = binomial)", fit.Dispersion, "ratio"),
            new($"{options.CaseNoun} in the window", windowCases, options.CaseNoun),
        };
        var caveats = new List<string>
        {
            "A repeat contact is a later case for the same person within the repeat window; some are planned (a booked follow-up) or unrelated to the first visit, and those dilute the signal rather than create it, unless they too cluster just before the target.",
            "The trend is a smooth curve through the repeat rates either side of the window; if the people who finish just before the target differ for reasons of their own (a different stream of work that usually takes that long), they would look the same. Read this finding with the rushing finding: rework without bunching is weaker evidence.",
        };
        if (fit.Dispersion > 2)
        {
            caveats.Add($"The repeat rates by duration vary {Wording.Number(fit.Dispersion, 1)} times as much as chance alone would make them; the interval has been widened to allow for it.");
        }

        if (Wording.Excluded(options.Excluded, options.CaseNoun) is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        var where = $"in the {w} {unit} before {Wording.Units(target.Threshold, unit)}";
        var sentence = points >= 0.05
            ? $"Of the {options.CaseNoun} closed {where}, {Wording.Percent(observed / windowCases)} came back, where the trend either side predicts {Wording.Percent(expected / windowCases)}: {Wording.Points(points)} more (95% interval {Wording.Number(pointsInterval.Lower, 1)} to {Wording.Number(pointsInterval.Upper, 1)}), about {Wording.Count(excess)} extra repeat contacts."
            : $"The {options.CaseNoun} closed {where} came back no more often than the trend either side predicts ({Wording.Percent(observed / windowCases)} against {Wording.Percent(expected / windowCases)}; 95% interval for the difference {Wording.Number(pointsInterval.Lower, 1)} to {Wording.Number(pointsInterval.Upper, 1)} points).";
        var chart = new SeriesChart(
            "Repeat-contact rate by duration around the target, with the trend fitted outside the window",
            $"duration ({unit})",
            "share of cases followed by a repeat contact",
            [
                new ChartSeries("observed", [.. Enumerable.Range(0, n).Where(i => cases[i] > 0).Select(i => new ChartPoint(from + i, repeats[i] / cases[i]))]),
                new ChartSeries("trend", [.. Enumerable.Range(0, n).Select(i => new ChartPoint(from + i, trend[i]))]) { IsFit = true },
            ],
            lastMet + 0.5);
        var severity = options.Rule.Classify(p, effect);
        return new Finding(Code, Title, severity, effect, evidence, p, p, sentence, caveats, chart);
    }

    private static double Rate(int[] rows, double[] cases, double[] repeats)
    {
        var n = rows.Sum(i => cases[i]);
        return n > 0 ? rows.Sum(i => repeats[i]) / n : double.NaN;
    }
}
