using MathNet.Numerics.Statistics;

namespace Goodhart.Statistics.Bunching;

/// <summary>
/// The bunching estimator for a threshold (a kink or target line): fits a polynomial to the binned density outside a
/// bunching region around z*, and measures the excess mass inside it (Chetty, Friedman, Olsen &amp; Pistaferri 2011,
/// QJE 126(2); Kleven &amp; Waseem 2013, QJE 128(2)). It reproduces <c>bunchit</c> of the R package <c>bunching</c>
/// (Mavrokonstantis) for kinks without round-number or extra fixed effects.
/// </summary>
public static class BunchingEstimator
{
    /// <summary>Estimates bunching from raw values, binned with <see cref="BunchingHistogram.FromValues"/>.</summary>
    /// <param name="values">One value per case; non-finite values and values outside the window are left out.</param>
    /// <param name="options">The threshold, grid, polynomial, region, correction and bootstrap settings.</param>
    public static BunchingResult Estimate(ReadOnlySpan<double> values, BunchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Estimate(BunchingHistogram.FromValues(values, options), options);
    }

    /// <summary>
    /// Estimates bunching from a histogram already binned on the window's grid (e.g. counted in SQL with the rule of
    /// <see cref="BunchingHistogram.BinOffset"/>). Bins outside the window are ignored, grid bins that are missing
    /// count as empty, and repeated bins are added up.
    /// </summary>
    /// <param name="histogram">Bins labelled z* + k·w with their counts.</param>
    /// <param name="options">The threshold, grid, polynomial, region, correction and bootstrap settings.</param>
    /// <exception cref="ArgumentException">A bin's label is off the grid, or its count is negative or not finite.</exception>
    public static BunchingResult Estimate(IReadOnlyList<BunchingBin> histogram, BunchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var counts = new double[options.BinCount];
        foreach (var bin in histogram)
        {
            if (!double.IsFinite(bin.Count) || bin.Count < 0)
            {
                throw new ArgumentException($"The bin at {bin.Value} has count {bin.Count}; counts must be finite and not negative.", nameof(histogram));
            }

            var t = (bin.Value - options.Threshold) / options.BinWidth;
            var k = Math.Round(t);
            if (!double.IsFinite(t) || Math.Abs(t - k) > 1e-6)
            {
                throw new ArgumentException($"The bin at {bin.Value} is not on the grid threshold + k × bin width.", nameof(histogram));
            }

            if (k >= options.LowestOffset && k <= options.HighestOffset)
            {
                counts[(int)k - options.LowestOffset] += bin.Count;
            }
        }

        var offsets = new int[counts.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = i + options.LowestOffset;
        }

        var controls = Controls(offsets, options);
        if (options.Notch && !options.FixRegionAbove)
        {
            options = options with { ExcludedAbove = NotchRegionAbove(offsets, counts, controls, options) };
        }

        var design = BunchingDesign.Create(offsets, options.PolynomialDegree, options.ExcludedBelow, options.ExcludedAbove, controls);
        var (fit, iterations) = FitCorrected(design, counts, options);
        var (excess, normaliser) = fit.Measure(options.Notch);
        var bins = new BunchingBinFit[counts.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            var k = offsets[i];
            bins[i] = new BunchingBinFit(
                options.Threshold + options.BinWidth * k,
                k,
                counts[i],
                fit.Counterfactual[i],
                k >= -options.ExcludedBelow && k <= options.ExcludedAbove);
        }

        var bootstrap = options.BootstrapReplicates > 0 ? Bootstrap(design, counts, fit.Residuals, options) : null;
        return new BunchingResult(
            options,
            bins,
            fit.Polynomial,
            fit.Region,
            fit.Controls,
            excess,
            excess / normaliser,
            fit.ExcessAtOrBelow,
            fit.ExcessAbove,
            normaliser,
            counts.Sum(),
            iterations,
            bootstrap);
    }

    /// <summary>
    /// The first fit, then (when asked) the integration correction of the package's <c>do_correction</c>: the counts
    /// above z* (or above the region) are scaled by 1 + B / N_above, where N_above is their total, and refitted with
    /// the new B until B falls by less than one case or the iteration limit is reached (Chetty et al. 2011, IV.A).
    /// </summary>
    private static (BunchingFit Fit, int Iterations) FitCorrected(BunchingDesign design, double[] counts, BunchingOptions options)
    {
        var offsets = design.Offsets;
        var above = options.ExcludedAbove;
        var fit = BunchingFit.Run(design, counts, counts);
        if (!options.CorrectIntegration)
        {
            return (fit, 0);
        }

        var firstShifted = options.CorrectAboveRegion ? above + 1 : 1;
        double total = 0;
        for (var i = 0; i < offsets.Length; i++)
        {
            if (offsets[i] >= firstShifted)
            {
                total += counts[i];
            }
        }

        if (total <= 0)
        {
            return (fit, 0); // nothing above z* to shift
        }

        var shifted = new double[counts.Length];
        var iterations = 0;
        var change = double.PositiveInfinity;
        while (change >= 1 && iterations + 1 < options.CorrectionMaxIterations)
        {
            var previous = fit.Measure(options.Notch).Excess;
            for (var i = 0; i < counts.Length; i++)
            {
                shifted[i] = offsets[i] >= firstShifted ? counts[i] * (1 + (previous / total)) : counts[i];
            }

            fit = BunchingFit.Run(design, counts, shifted);
            iterations++;
            change = previous - fit.Measure(options.Notch).Excess;
        }

        return (fit, iterations);
    }

    private static BunchingBootstrap Bootstrap(BunchingDesign design, double[] counts, double[] residuals, BunchingOptions options)
    {
        var random = new Random(options.Seed);
        var replicates = options.BootstrapReplicates;
        var excess = new double[replicates];
        var normalised = new double[replicates];
        var drawn = new double[counts.Length];
        for (var r = 0; r < replicates; r++)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                drawn[i] = counts[i] + residuals[random.Next(residuals.Length)];
            }

            var (fit, _) = FitCorrected(design, drawn, options);
            var (b, c0) = fit.Measure(options.Notch);
            excess[r] = b;
            normalised[r] = b / c0;
        }

        return new BunchingBootstrap(
            replicates,
            options.Seed,
            replicates > 1 ? excess.StandardDeviation() : double.NaN,
            replicates > 1 ? normalised.StandardDeviation() : double.NaN,
            Interval(excess, options.ConfidenceLevel),
            Interval(normalised, options.ConfidenceLevel),
            excess,
            normalised);
    }

    /// <summary>
    /// The notch's upper bound z_U as bunchit finds it without <c>force_notch</c>: start with one bin above z* in the
    /// region, widen it one bin at a time while the excess at or below z* exceeds the missing mass above, and keep the
    /// last width where it still does. The widening stops at the top of the window or when the fit would run out of
    /// degrees of freedom. Fits here are uncorrected, as in the package.
    /// </summary>
    /// <exception cref="ArgumentException">The missing mass above z* already exceeds the excess below with one bin: not a notch.</exception>
    private static int NotchRegionAbove(int[] offsets, double[] counts, IReadOnlyList<double[]> controls, BunchingOptions options)
    {
        var degree = options.PolynomialDegree;
        var below = options.ExcludedBelow;
        var fit = BunchingFit.Run(offsets, counts, counts, degree, below, 1, controls);
        if (-fit.ExcessAbove > fit.ExcessAtOrBelow)
        {
            throw new ArgumentException("The missing mass above the threshold is larger than the excess below it: the data do not look like a notch.", nameof(options));
        }

        var coefficients = 1 + degree + below + 1 + 1 + controls.Count;
        var bound = Math.Min(options.HighestOffset, offsets.Length - coefficients - 1);
        var accepted = 1;
        var above = 1;
        var excessBelow = fit.ExcessAtOrBelow;
        var missingAbove = -fit.ExcessAbove;
        while (excessBelow > missingAbove && above < bound)
        {
            above++;
            fit = BunchingFit.Run(offsets, counts, counts, degree, below, above, controls);
            excessBelow = fit.ExcessAtOrBelow;
            missingAbove = -fit.ExcessAbove;
            if (excessBelow > missingAbove)
            {
                accepted = above;
            }
        }

        return accepted;
    }

    /// <summary>
    /// The control dummies, round numbers (smallest first) then other bunching bins, as <c>prep_data_for_fit</c>
    /// builds them. A control that matches no bin of the window, or (for another bunching bin) lies in the bunching
    /// region, is an error: its coefficient could not be estimated.
    /// </summary>
    private static List<double[]> Controls(int[] offsets, BunchingOptions options)
    {
        var labels = offsets.Select(k => options.Threshold + (options.BinWidth * k)).ToArray();
        var columns = new List<double[]>();
        var rounds = options.RoundNumbers.Order().ToArray();
        foreach (var round in rounds)
        {
            columns.Add(labels.Select(v => IsMultiple(v, round) ? 1.0 : 0.0).ToArray());
        }

        if (rounds.Length == 2 && IsMultiple(rounds[1], rounds[0]))
        {
            for (var i = 0; i < labels.Length; i++)
            {
                if (columns[1][i] == 1)
                {
                    columns[0][i] = 0;
                }
            }
        }

        for (var c = 0; c < rounds.Length; c++)
        {
            if (!columns[c].Contains(1))
            {
                throw new ArgumentException($"No bin of the window is a multiple of the round number {rounds[c]} (apart from those of the larger one).", nameof(options));
            }
        }

        foreach (var bin in options.OtherBunchingBins)
        {
            var k = Array.FindIndex(labels, v => Math.Abs(v - bin) <= 1e-6 * options.BinWidth);
            if (k < 0)
            {
                throw new ArgumentException($"The other bunching bin {bin} is not a bin of the window.", nameof(options));
            }

            if (offsets[k] >= -options.ExcludedBelow && offsets[k] <= options.ExcludedAbove)
            {
                throw new ArgumentException($"The other bunching bin {bin} lies in the bunching region.", nameof(options));
            }

            var column = new double[labels.Length];
            column[k] = 1;
            columns.Add(column);
        }

        return columns;
    }

    private static bool IsMultiple(double value, double of)
    {
        var remainder = Math.Abs(Math.IEEERemainder(value, of));
        return remainder <= 1e-9 * Math.Max(1, Math.Abs(of));
    }

    private static BootstrapInterval Interval(double[] replicates, double level)
    {
        var tail = (1 - level) / 2;
        return new BootstrapInterval(
            replicates.QuantileCustom(tail, QuantileDefinition.R7),
            replicates.QuantileCustom(1 - tail, QuantileDefinition.R7),
            level);
    }
}
