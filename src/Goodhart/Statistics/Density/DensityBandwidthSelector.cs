using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Statistics.Density;

/// <summary>
/// Data-driven bandwidths for the density discontinuity test (the package's rdbwdensity; Cattaneo, Jansson and Ma
/// 2020, section 4): MSE-optimal bandwidths for each side's density, their difference and their sum, with variance
/// and bias constants estimated from pilot fits at rule-of-thumb bandwidths.
/// </summary>
public static class DensityBandwidthSelector
{
    // Kernel constants of the normal-reference pilot bandwidths for p = 1…7, as tabulated in rdbwdensity (computed
    // there for the uniform kernel): Cb for the order-(p+2) fit of the (p+1)-th derivative, Cc for the order-p fit.
    private static readonly double[] DerivativePilotConstants =
        [25884.444444494150957, 3430865.4551236177795, 845007948.04262602329, 330631733667.03808594, 187774809656037.3125, 145729502641999264.0, 146013502974449876992.0];

    private static readonly double[] DensityPilotConstants =
        [4.8000000000000246914, 548.57142857155463389, 100800.00000020420703, 29558225.458100609481, 12896196859.612621307, 7890871468221.609375, 6467911284037581.0];

    /// <summary>Estimates the bandwidths.</summary>
    /// <param name="sample">The observations.</param>
    /// <param name="options">The cutoff, order p, kernel, fit, variance estimator, mass-point adjustment and
    /// regularisation; the bias-correction order, bandwidths and rule are not used here.</param>
    /// <returns>The four candidates and the sample sizes.</returns>
    /// <exception cref="ArgumentException">A value is not finite, or an option is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cutoff is not inside the sample's range, or an order is out of range.</exception>
    public static DensityBandwidthSelection Select(IReadOnlyList<double> sample, DensityTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Select(DensityInputs.AsSpan(sample), options);
    }

    /// <inheritdoc cref="Select(IReadOnlyList{double}, DensityTestOptions?)"/>
    public static DensityBandwidthSelection Select(ReadOnlySpan<double> sample, DensityTestOptions? options = null)
    {
        options ??= DensityTestOptions.Default;
        DensityInputs.Validate(sample, options, nameof(sample));
        return Select(SortedSample.Create(sample, options.Cutoff), options);
    }

    /// <summary>Estimates the bandwidths from a histogram: the same numbers as for the sample it stands for, without expanding it.</summary>
    /// <param name="histogram">Each distinct value with its number of observations, in any order; equal values are merged.</param>
    /// <param name="options">As for a sample.</param>
    /// <returns>The four candidates and the sample sizes.</returns>
    /// <exception cref="ArgumentException">A value is not finite, a count is negative, the counts add up to more than
    /// <see cref="int.MaxValue"/>, or an option is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cutoff is not inside the range of the values observed, or an order is out of range.</exception>
    public static DensityBandwidthSelection Select(IReadOnlyList<MassPoint> histogram, DensityTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return Select(DensityInputs.AsSpan(histogram), options);
    }

    /// <inheritdoc cref="Select(IReadOnlyList{MassPoint}, DensityTestOptions?)"/>
    public static DensityBandwidthSelection Select(ReadOnlySpan<MassPoint> histogram, DensityTestOptions? options = null)
    {
        options ??= DensityTestOptions.Default;
        DensityInputs.Validate(histogram, options, nameof(histogram));
        return Select(SortedSample.Create(histogram, options.Cutoff), options);
    }

    internal static DensityBandwidthSelection Select(SortedSample data, DensityTestOptions options)
    {
        var p = options.Order;
        var n = data.Count;
        var (bn, cn) = PilotBandwidths(data, options);

        var b = FitWithin(data, bn, p + 2, p + 1, options);
        var c = FitWithin(data, cn, p, 1, options);

        var variance = new double[4];
        var vc = options.Variance == DensityVarianceEstimator.PlugIn ? c.PlugInVariance : c.JackknifeVariance;
        for (var k = 0; k < 4; k++)
        {
            variance[k] = n * cn * vc[k];
        }

        var bias = Bias(b, c, options);
        var candidates = new BandwidthCandidate[4];
        for (var k = 0; k < 4; k++)
        {
            var biasSquared = bias[k] * bias[k];
            var h = Math.Pow(1.0 / (2 * p) * variance[k] / biasSquared / n, 1.0 / (2 * p + 1));
            if (variance[k] < 0 || double.IsNaN(variance[k]))
            {
                h = 0;
            }

            if (double.IsNaN(h))
            {
                h = 0;
            }

            candidates[k] = new BandwidthCandidate(h, variance[k], biasSquared);
        }

        if (options.Regularize)
        {
            Regularize(data, candidates, options);
        }

        return new DensityBandwidthSelection(
            candidates[DensityFitColumns.Left],
            candidates[DensityFitColumns.Right],
            candidates[DensityFitColumns.Difference],
            candidates[DensityFitColumns.Sum],
            n,
            data.LeftCount,
            data.RightCount);
    }

    /// <summary>
    /// Normal-reference rule-of-thumb bandwidths: bn for estimating the (p+1)-th derivative with an order-(p+2) fit,
    /// cn for the density with an order-p fit, then kept within the data and made to hold enough observations.
    /// </summary>
    private static (double Bn, double Cn) PilotBandwidths(SortedSample data, DensityTestOptions options)
    {
        var p = options.Order;
        var n = data.Count;
        var (mean, sd) = MeanAndStandardDeviation(data);
        var z = mean / sd;
        var phi = Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);
        var hb = Hermite(z, p + 2);
        var hc = Hermite(z, p);
        var fb = 1 / (hb * hb * phi);
        var fc = 1 / (hc * hc * phi);
        var bn = Math.Pow((2 * p + 1) / 4.0 * fb * DerivativePilotConstants[p - 1] / n, 1.0 / (2 * p + 5)) * sd;
        var cn = Math.Pow(1.0 / (2 * p) * fc * DensityPilotConstants[p - 1] / n, 1.0 / (2 * p + 1)) * sd;

        if (options.Regularize)
        {
            var range = Math.Max(Math.Abs(data.Distinct[0]), Math.Abs(data.Distinct[^1]));
            bn = Math.Min(bn, range);
            cn = Math.Min(cn, range);

            // The package fixes these pilot minimums at 20 + order + 1 whatever the user's minimum counts.
            if (options.EffectiveMinimumLocalCount > 0)
            {
                bn = Max(bn, data.LeftDistance(Math.Min(20 + p + 3, data.LeftCount)), data.RightDistance(Math.Min(20 + p + 3, data.RightCount)));
                cn = Max(cn, data.LeftDistance(Math.Min(20 + p + 1, data.LeftCount)), data.RightDistance(Math.Min(20 + p + 1, data.RightCount)));
            }

            if (options.EffectiveMinimumLocalUniqueCount > 0)
            {
                bn = Max(bn, data.DistinctLeftDistance(Math.Min(20 + p + 3, data.DistinctLeftCount)), data.DistinctRightDistance(Math.Min(20 + p + 3, data.DistinctRightCount)));
                cn = Max(cn, data.DistinctLeftDistance(Math.Min(20 + p + 1, data.DistinctLeftCount)), data.DistinctRightDistance(Math.Min(20 + p + 1, data.DistinctRightCount)));
            }
        }

        return (bn, cn);
    }

    private static DensityFitColumns FitWithin(SortedSample data, double h, int order, int derivative, DensityTestOptions options)
    {
        return LocalPolynomialDensityFit.Fit(
            data,
            data.Window(h, h),
            h,
            h,
            order,
            derivative,
            options.Kernel,
            options.Fit,
            options.Variance,
            options.MassPoints);
    }

    /// <summary>
    /// The leading bias constants: the estimated (p+1)-th derivative times e₁ᵀS⁻¹c (CJM 2020, Theorem 1), with the
    /// sign of the left side flipped for odd p; restricted, the pooled version weighted by the pilot densities.
    /// </summary>
    private static double[] Bias(DensityFitColumns b, DensityFitColumns c, DensityTestOptions options)
    {
        var p = options.Order;
        var kernel = options.Kernel;
        double left, right;
        if (options.Fit == DensityFitModel.Unrestricted)
        {
            var e = KernelMoments.DensityBiasConstant(kernel, p);
            left = b.Derivative[DensityFitColumns.Left] * e * (p % 2 == 0 ? 1 : -1);
            right = b.Derivative[DensityFitColumns.Right] * e;
        }
        else
        {
            var fl = c.Estimate[DensityFitColumns.Left];
            var fr = c.Estimate[DensityFitColumns.Right];
            var s = KernelMoments.ExpandRight(KernelMoments.Gram(kernel, p));
            var cPlus = KernelMoments.ExpandRight(KernelMoments.BiasVector(kernel, p));
            var psi = KernelMoments.Reflection(p);
            var sign = (p + 1) % 2 == 0 ? 1.0 : -1.0;
            Matrix<double> pooled = (fr * s) + (fl * (psi * s * psi));
            var constant = b.Derivative[DensityFitColumns.Left] * ((fr * cPlus) + (sign * fl * (psi * cPlus)));
            var t = pooled.Inverse() * constant;
            left = t[1];
            right = t[2];
        }

        return [left, right, right - left, right + left];
    }

    private static void Regularize(SortedSample data, BandwidthCandidate[] candidates, DensityTestOptions options)
    {
        var lowest = Math.Abs(data.Distinct[0]);
        var highest = data.Distinct[^1];
        var span = Math.Max(lowest, highest);
        Cap(candidates, DensityFitColumns.Left, lowest);
        Cap(candidates, DensityFitColumns.Right, highest);
        Cap(candidates, DensityFitColumns.Difference, span);
        Cap(candidates, DensityFitColumns.Sum, span);

        var local = options.EffectiveMinimumLocalCount;
        if (local > 0)
        {
            Floor(candidates, data.LeftDistance(Math.Min(data.LeftCount, local)), data.RightDistance(Math.Min(data.RightCount, local)));
        }

        var unique = options.EffectiveMinimumLocalUniqueCount;
        if (unique > 0)
        {
            Floor(candidates, data.DistinctLeftDistance(Math.Min(data.DistinctLeftCount, unique)), data.DistinctRightDistance(Math.Min(data.DistinctRightCount, unique)));
        }
    }

    private static void Cap(BandwidthCandidate[] candidates, int k, double limit) =>
        candidates[k] = candidates[k] with { Bandwidth = Math.Min(candidates[k].Bandwidth, limit) };

    private static void Floor(BandwidthCandidate[] candidates, double leftMinimum, double rightMinimum)
    {
        candidates[DensityFitColumns.Left] = candidates[DensityFitColumns.Left] with { Bandwidth = Math.Max(candidates[DensityFitColumns.Left].Bandwidth, leftMinimum) };
        candidates[DensityFitColumns.Right] = candidates[DensityFitColumns.Right] with { Bandwidth = Math.Max(candidates[DensityFitColumns.Right].Bandwidth, rightMinimum) };
        foreach (var k in new[] { DensityFitColumns.Difference, DensityFitColumns.Sum })
        {
            candidates[k] = candidates[k] with { Bandwidth = Max(candidates[k].Bandwidth, leftMinimum, rightMinimum) };
        }
    }

    private static double Max(double a, double b, double c) => Math.Max(a, Math.Max(b, c));

    /// <summary>The probabilists' Hermite polynomial Heₖ(x), which gives the k-th derivative of the normal density: φ⁽ᵏ⁾ = (−1)ᵏ Heₖ φ.</summary>
    private static double Hermite(double x, int k)
    {
        double previous = 1, current = x;
        if (k == 0)
        {
            return previous;
        }

        for (var j = 1; j < k; j++)
        {
            (previous, current) = (current, x * current - j * previous);
        }

        return current;
    }

    /// <summary>Mean and standard deviation (n − 1 divisor) in two passes, as R's mean and sd, each distinct value weighted by its count.</summary>
    private static (double Mean, double Sd) MeanAndStandardDeviation(SortedSample data)
    {
        var values = data.Distinct;
        var counts = data.Counts;
        var n = data.Count;
        var sum = 0.0;
        for (var g = 0; g < values.Length; g++)
        {
            sum += counts[g] * values[g];
        }

        var mean = sum / n;
        var correction = 0.0;
        for (var g = 0; g < values.Length; g++)
        {
            correction += counts[g] * (values[g] - mean);
        }

        mean += correction / n;
        var squares = 0.0;
        for (var g = 0; g < values.Length; g++)
        {
            var d = values[g] - mean;
            squares += counts[g] * d * d;
        }

        return (mean, Math.Sqrt(squares / (n - 1)));
    }
}
