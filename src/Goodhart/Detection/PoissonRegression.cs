using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Detection;

/// <summary>
/// A Poisson log-linear model with an exposure offset, fitted by iteratively reweighted least squares (McCullagh &amp;
/// Nelder 1989, section 2.5): y ~ Poisson(exposure · exp(Xβ)). Standard errors are the inverse Fisher information,
/// inflated by the Pearson dispersion when it exceeds 1 (quasi-Poisson, ibid. section 6.2), so counts that vary more
/// than Poisson counts do — heaped durations, busy days — do not make the test overconfident.
/// </summary>
internal static class PoissonRegression
{
    public static (double[] Coefficients, double[] StandardErrors, double Dispersion, double[] Fitted) Fit(double[][] x, double[] y, double[] exposure)
    {
        var n = y.Length;
        var p = x[0].Length;
        var design = Matrix<double>.Build.Dense(n, p, (i, j) => x[i][j]);
        var offset = exposure.Select(e => Math.Log(e)).ToArray();
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = Math.Log((y[i] + 0.5) / exposure[i]); // start at the observed rates
        }

        var beta = Vector<double>.Build.Dense(p);
        var covariance = Matrix<double>.Build.Dense(p, p);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var weights = new double[n];
            var working = Vector<double>.Build.Dense(n);
            for (var i = 0; i < n; i++)
            {
                var mu = Math.Exp(eta[i] + offset[i]);
                weights[i] = mu;
                working[i] = eta[i] + ((y[i] - mu) / mu);
            }

            var weighted = Matrix<double>.Build.Dense(n, p, (i, j) => design[i, j] * weights[i]);
            var information = design.TransposeThisAndMultiply(weighted);
            covariance = information.Inverse();
            var next = covariance * weighted.TransposeThisAndMultiply(working);
            var change = (next - beta).AbsoluteMaximum();
            beta = next;
            var linear = design * beta;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i];
            }

            if (change < 1e-10)
            {
                break;
            }
        }

        var fitted = new double[n];
        double pearson = 0;
        for (var i = 0; i < n; i++)
        {
            fitted[i] = Math.Exp(eta[i] + offset[i]);
            pearson += (y[i] - fitted[i]) * (y[i] - fitted[i]) / fitted[i];
        }

        var dispersion = n > p ? pearson / (n - p) : double.NaN;
        var inflation = Math.Max(1, double.IsNaN(dispersion) ? 1 : dispersion);
        var errors = Enumerable.Range(0, p).Select(j => Math.Sqrt(covariance[j, j] * inflation)).ToArray();
        return (beta.ToArray(), errors, dispersion, fitted);
    }
}
