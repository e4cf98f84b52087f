using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Detection;

/// <summary>
/// The count in a window just inside the target against a quadratic trend fitted only to the counts below the window
/// (with terms for multiples of 5 and 10), extrapolated into it. Rushing makes a bump above that trend; a step down
/// past the target (parking) does not, because nothing below the target changes. The test is one-sided: z = (observed
/// − predicted) / √(W·σ² + Var(predicted)), σ² the residual variance per bin, W the window's width.
/// </summary>
internal static class TrendFromBelow
{
    public static (double Excess, double P) Test(DenseCounts counts, long lastMet, int window, int fitBins)
    {
        var firstWindow = lastMet - window + 1;
        var firstFit = Math.Max(0, firstWindow - fitBins);
        var n = (int)(firstWindow - firstFit);
        const int p = 5;
        if (n < p + 5)
        {
            return (double.NaN, double.NaN);
        }

        var x = Matrix<double>.Build.Dense(n, p, (i, j) => Row(firstFit + i, firstWindow)[j]);
        var y = Vector<double>.Build.Dense(n, i => counts.At(firstFit + i));
        var inverse = x.TransposeThisAndMultiply(x).Inverse();
        var beta = inverse * x.TransposeThisAndMultiply(y);
        var residuals = y - (x * beta);
        var sigma2 = residuals.DotProduct(residuals) / (n - p);

        var a = Vector<double>.Build.Dense(p);
        double observed = 0;
        for (var t = firstWindow; t <= lastMet; t++)
        {
            a += Vector<double>.Build.DenseOfArray(Row(t, firstWindow));
            observed += counts.At(t);
        }

        var predicted = a.DotProduct(beta);
        var variance = (window * sigma2) + (sigma2 * a.DotProduct(inverse * a));
        var excess = observed - predicted;
        return variance > 0 ? (excess, Normal.CDF(0, 1, -excess / Math.Sqrt(variance))) : (excess, double.NaN);
    }

    private static double[] Row(long t, long origin)
    {
        var k = (t - origin) / 10.0; // scaled so the normal equations stay well conditioned
        var ten = t % 10 == 0 ? 1.0 : 0.0;
        var five = t % 5 == 0 && ten == 0 ? 1.0 : 0.0;
        return [1, k, k * k, five, ten];
    }
}
