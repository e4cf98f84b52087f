using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Detection;

/// <summary>
/// A logistic regression on grouped binomial counts, fitted by iteratively reweighted least squares (McCullagh &amp;
/// Nelder 1989, sections 2.5 and 4.4): successes ~ Binomial(trials, expit(Xβ)). The covariance is the inverse Fisher
/// information, inflated by the Pearson dispersion when it exceeds 1 (quasi-binomial, ibid. section 4.5.2), so shares
/// that vary more than binomial shares do — busy days, mixed case types in one bin — do not make a test overconfident.
/// Rows without trials are left out of the fit (they carry no information) and get a fitted share all the same.
/// </summary>
internal static class BinomialRegression
{
    public sealed record Fit(double[] Coefficients, Matrix<double> Covariance, double Dispersion, double[] Fitted)
    {
        public double StandardError(int j) => Math.Sqrt(Covariance[j, j]);
    }

    public static Fit Run(double[][] x, double[] successes, double[] trials)
    {
        var rows = Enumerable.Range(0, trials.Length).Where(i => trials[i] > 0).ToArray();
        var n = rows.Length;
        var p = x[0].Length;
        var design = Matrix<double>.Build.Dense(n, p, (i, j) => x[rows[i]][j]);
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Start at the observed log-odds, kept finite for empty or full rows.
            var share = (successes[rows[i]] + 0.5) / (trials[rows[i]] + 1);
            eta[i] = Math.Log(share / (1 - share));
        }

        var beta = Vector<double>.Build.Dense(p);
        var covariance = Matrix<double>.Build.Dense(p, p);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var weights = new double[n];
            var working = Vector<double>.Build.Dense(n);
            for (var i = 0; i < n; i++)
            {
                var mu = Expit(eta[i]);
                var variance = Math.Max(mu * (1 - mu), 1e-12);
                weights[i] = trials[rows[i]] * variance;
                working[i] = eta[i] + (((successes[rows[i]] / trials[rows[i]]) - mu) / variance);
            }

            var weighted = Matrix<double>.Build.Dense(n, p, (i, j) => design[i, j] * weights[i]);
            covariance = design.TransposeThisAndMultiply(weighted).Inverse();
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

        double pearson = 0;
        for (var i = 0; i < n; i++)
        {
            var mu = Expit(eta[i]);
            var expected = trials[rows[i]] * mu;
            var variance = expected * (1 - mu);
            pearson += variance > 0 ? (successes[rows[i]] - expected) * (successes[rows[i]] - expected) / variance : 0;
        }

        var dispersion = n > p ? pearson / (n - p) : double.NaN;
        var inflation = Math.Max(1, double.IsNaN(dispersion) ? 1 : dispersion);
        var fitted = x.Select(row => Expit(row.Select((v, j) => v * beta[j]).Sum())).ToArray();
        return new Fit(beta.ToArray(), covariance * inflation, dispersion, fitted);
    }

    public static double Expit(double eta) => 1 / (1 + Math.Exp(-eta));
}
