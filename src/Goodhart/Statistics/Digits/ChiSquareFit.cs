using MathNet.Numerics;

namespace Goodhart.Statistics.Digits;

/// <summary>Pearson's goodness-of-fit statistic Σ (O − E)² / E on k cells with k − 1 degrees of freedom.</summary>
internal static class ChiSquareFit
{
    /// <summary>The frequencies and the statistic for observed counts against expected shares (which sum to 1).</summary>
    public static (IReadOnlyList<DigitFrequency> Frequencies, double Statistic) Run(int[] labels, double[] observed, double[] expectedShares)
    {
        var n = observed.Sum();
        var frequencies = new DigitFrequency[labels.Length];
        double statistic = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var expected = n * expectedShares[i];
            statistic += (observed[i] - expected) * (observed[i] - expected) / expected;
            frequencies[i] = new DigitFrequency(labels[i], observed[i], expected, n > 0 ? observed[i] / n : double.NaN, expectedShares[i]);
        }

        return (frequencies, n > 0 ? statistic : double.NaN);
    }

    /// <summary>
    /// P(χ²_df ≥ statistic), through the regularised upper incomplete gamma function so that tiny p-values keep
    /// their precision (1 − CDF would round them to 0).
    /// </summary>
    public static double UpperTail(double statistic, int degreesOfFreedom) =>
        double.IsNaN(statistic) ? double.NaN : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);
}
