using MathNet.Numerics.Distributions;

namespace Goodhart.Statistics.Density;

/// <summary>
/// The local polynomial density discontinuity (manipulation) test of Cattaneo, Jansson and Ma (2020, "Simple Local
/// Polynomial Density Estimators", JASA 115:1449–1455; Stata Journal 2018 18:234–261), as in the R/Stata package
/// rddensity. If cases are pushed to one side of a threshold — closed just inside a target, say — the density of the
/// running variable jumps there. The test fits a local polynomial to the empirical distribution function on each side
/// of the cutoff; the slope at the cutoff estimates the density, and the jump is tested with a robust bias-corrected t
/// statistic (order q = p + 1) that stays valid at MSE-optimal bandwidths.
/// </summary>
/// <remarks>
/// The work is a sort of the sample and one pass over the distinct values within the bandwidths: O(n log n) for a
/// sample, O(d log d) for a histogram of d distinct values.
/// The package's binomial tests are not included.
/// </remarks>
public static class DensityDiscontinuityTest
{
    /// <summary>Tests for a jump in the density of <paramref name="sample"/> at the cutoff.</summary>
    /// <param name="sample">The observations of the running variable (at least a few dozen on each side).</param>
    /// <param name="options">The settings; <c>null</c> for the package's defaults (cutoff 0).</param>
    /// <returns>Bandwidths, sample sizes, density estimates, standard errors and the tests.</returns>
    /// <exception cref="ArgumentException">A value is not finite, or options contradict each other.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cutoff is not inside the sample's range, or an option is out of range.</exception>
    public static DensityTestResult Run(IReadOnlyList<double> sample, DensityTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Run(DensityInputs.AsSpan(sample), options);
    }

    /// <inheritdoc cref="Run(IReadOnlyList{double}, DensityTestOptions?)"/>
    public static DensityTestResult Run(ReadOnlySpan<double> sample, DensityTestOptions? options = null)
    {
        options ??= DensityTestOptions.Default;
        DensityInputs.Validate(sample, options, nameof(sample));
        return Run(SortedSample.Create(sample, options.Cutoff), options);
    }

    /// <summary>
    /// Tests for a jump in the density of the sample a histogram stands for (each value repeated as often as it is
    /// counted), without expanding it: the numbers are those of <see cref="Run(IReadOnlyList{double}, DensityTestOptions?)"/>
    /// on the expanded sample, and the work grows with the number of distinct values, not of observations.
    /// </summary>
    /// <param name="histogram">Each distinct value with its number of observations, in any order; equal values are merged and zero counts ignored.</param>
    /// <param name="options">The settings; <c>null</c> for the package's defaults (cutoff 0).</param>
    /// <returns>Bandwidths, sample sizes, density estimates, standard errors and the tests.</returns>
    /// <exception cref="ArgumentException">A value is not finite, a count is negative, the counts add up to more than
    /// <see cref="int.MaxValue"/>, or options contradict each other.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cutoff is not inside the range of the values observed, or an option is out of range.</exception>
    public static DensityTestResult Run(IReadOnlyList<MassPoint> histogram, DensityTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return Run(DensityInputs.AsSpan(histogram), options);
    }

    /// <inheritdoc cref="Run(IReadOnlyList{MassPoint}, DensityTestOptions?)"/>
    public static DensityTestResult Run(ReadOnlySpan<MassPoint> histogram, DensityTestOptions? options = null)
    {
        options ??= DensityTestOptions.Default;
        DensityInputs.Validate(histogram, options, nameof(histogram));
        return Run(SortedSample.Create(histogram, options.Cutoff), options);
    }

    private static DensityTestResult Run(SortedSample data, DensityTestOptions options)
    {

        DensityBandwidthSelection? selection = null;
        DensityBandwidths h;
        if (options.Bandwidths is { } given)
        {
            h = given;
        }
        else
        {
            selection = DensityBandwidthSelector.Select(data, options);
            h = selection.Choose(options.BandwidthRule, options.Fit);
        }

        var window = data.Window(h.Left, h.Right);
        var counts = new DensitySampleCounts(data.Count, data.LeftCount, data.RightCount, window.LeftObservations, window.RightObservations);

        DensityEstimation Estimate(int order)
        {
            var columns = LocalPolynomialDensityFit.Fit(
                data,
                window,
                h.Left,
                h.Right,
                order,
                1,
                options.Kernel,
                options.Fit,
                options.Variance,
                options.MassPoints);
            return ToEstimation(order, columns, options.Variance);
        }

        var biasCorrected = Estimate(options.EffectiveBiasCorrectionOrder);
        var conventional = options.IncludeConventional ? Estimate(options.Order) : null;
        return new DensityTestResult(options, h, selection, counts, data.HasTies, biasCorrected, conventional);
    }

    private static DensityEstimation ToEstimation(int order, DensityFitColumns columns, DensityVarianceEstimator variance)
    {
        var e = columns.Estimate;
        var estimate = new DensityContrast(e[DensityFitColumns.Left], e[DensityFitColumns.Right], e[DensityFitColumns.Difference]);
        var v = variance == DensityVarianceEstimator.Jackknife ? columns.JackknifeVariance : columns.PlugInVariance;
        var se = new DensityContrast(Math.Sqrt(v[DensityFitColumns.Left]), Math.Sqrt(v[DensityFitColumns.Right]), Math.Sqrt(v[DensityFitColumns.Difference]));
        var t = estimate.Difference / se.Difference;
        var test = new DensityTestStatistic(t, 2 * Normal.CDF(0, 1, -Math.Abs(t)));
        return variance == DensityVarianceEstimator.Jackknife
            ? new DensityEstimation(order, estimate, null, se, null, test)
            : new DensityEstimation(order, estimate, se, null, test, null);
    }
}
