using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Statistics.Density;

/// <summary>
/// The local polynomial density estimator of Cattaneo, Jansson and Ma (2020, eq. 2): a kernel-weighted least-squares
/// fit of the empirical distribution function F̂(xᵢ) on powers of (xᵢ − c)/h, on each side of the cutoff. The
/// coefficient of the linear term, divided by h, estimates the density; higher ones estimate its derivatives.
/// Port of the arithmetic of rddensity's internal rddensity_fV.
/// </summary>
internal static class LocalPolynomialDensityFit
{
    /// <summary>Fits one order on the observations within the bandwidths.</summary>
    /// <param name="data">The sorted, grouped sample.</param>
    /// <param name="window">The distinct values within the bandwidths.</param>
    /// <param name="hl">The left bandwidth.</param>
    /// <param name="hr">The right bandwidth.</param>
    /// <param name="order">The polynomial order.</param>
    /// <param name="derivative">The order of the derivative also reported (1 is the density itself).</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="fit">Unrestricted or restricted.</param>
    /// <param name="variance">The variance estimator to compute.</param>
    /// <param name="massPoints">Whether tied observations share one F̂ and the jackknife leaves out whole ties.</param>
    public static DensityFitColumns Fit(
        SortedSample data,
        SampleWindow window,
        double hl,
        double hr,
        int order,
        int derivative,
        DensityKernel kernel,
        DensityFitModel fit,
        DensityVarianceEstimator variance,
        bool massPoints)
    {
        var restricted = fit == DensityFitModel.Restricted;
        var m = Columns(order, restricted);
        if (window.Observations == 0)
        {
            return new DensityFitColumns();
        }

        var jackknife = variance == DensityVarianceEstimator.Jackknife;
        var gram = new double[m * m];
        var moment = new double[m];
        var crossL = new double[m * m];
        var suffix = new double[m];
        var row = new double[m];
        var v = new double[m];
        var l = new double[m];
        var n1 = data.Count - 1.0;

        // One pass from the top over the distinct values: the Gram matrix X'WX, X'WY, and for the jackknife the
        // leave-one-out terms Lᵢ = Σ_{k>i} w_k r_k / (n − 1), which are the change in F̂ when xᵢ is dropped (the
        // package's matrix L). A value taken by c observations adds c times its row, in closed form.
        var leftEnd = window.Start + window.LeftGroups;
        for (var g = window.End - 1; g >= window.Start; g--)
        {
            var xi = data.Distinct[g];
            var c = (double)data.Counts[g];
            var rank = (double)data.Starts[g];
            var left = g < leftEnd;
            var h = left ? hl : hr;
            var u = xi / h;
            var w = Weight(kernel, u, left, h);
            FillDesign(row, u, left, order, restricted);

            // Σ over the tie of t for t = 0…c − 1: the ranks above the tie's first.
            var t = c * (c - 1) / 2;

            // F̂ summed over the tie: adjusted, every member takes the last member's value; otherwise ranks run on.
            var ySum = massPoints ? c * ((rank + c - 1) / n1) : (c * rank + t) / n1;
            for (var a = 0; a < m; a++)
            {
                var wa = w * row[a];
                v[a] = wa;
                if (wa == 0)
                {
                    continue;
                }

                moment[a] += wa * ySum;
                var cwa = c * wa;
                for (var b = a; b < m; b++)
                {
                    gram[a * m + b] += cwa * row[b];
                }
            }

            if (!jackknife)
            {
                continue;
            }

            if (massPoints)
            {
                // Every member of a tie takes the term of the tie's first member (which still counts the others), so
                // the whole tie is left out at once; the outer product is added once per member.
                for (var a = 0; a < m; a++)
                {
                    l[a] = suffix[a] + (c - 1) * v[a];
                }

                AddOuter(crossL, l, c);
            }
            else
            {
                // The member t places above the tie's first has L = S + (c − 1 − t)·v, with S the sum above the tie:
                // Σ_t (S + t v)(S + t v)ᵀ = c SSᵀ + T (S vᵀ + v Sᵀ) + Q v vᵀ, T = Σt, Q = Σt².
                var q = (c - 1) * c * (2 * c - 1) / 6;
                AddTieOuter(crossL, suffix, v, c, t, q);
            }

            for (var a = 0; a < m; a++)
            {
                suffix[a] += c * v[a];
            }
        }

        return Solve(gram, moment, crossL, data.Count, hl, hr, order, derivative, kernel, restricted, jackknife);
    }

    /// <summary>The number of coefficients: both sides' powers 0…p, or restricted a common intercept, two slopes and common higher powers.</summary>
    internal static int Columns(int order, bool restricted) => restricted ? order + 2 : 2 * order + 2;

    /// <summary>
    /// Solves the normal equations from the accumulated sums (upper triangles of X'WX and of the jackknife's LᵀL,
    /// and X'WY) and fills the estimates, the derivative and the chosen variance.
    /// </summary>
    internal static DensityFitColumns Solve(
        double[] gram,
        double[] moment,
        double[] crossL,
        int sampleSize,
        double hl,
        double hr,
        int order,
        int derivative,
        DensityKernel kernel,
        bool restricted,
        bool jackknife)
    {
        var result = new DensityFitColumns();
        var m = moment.Length;
        var gramMatrix = Symmetric(gram, m);
        Matrix<double> gramInverse;
        try
        {
            gramInverse = gramMatrix.Inverse();
        }
        catch (ArgumentException)
        {
            return result;
        }

        if (!AllFinite(gramInverse))
        {
            return result;
        }

        var scale = Scale(m, order, hl, hr, restricted);
        var coefficients = gramInverse * Vector<double>.Build.Dense(moment);
        for (var k = 0; k < m; k++)
        {
            coefficients[k] /= scale[k];
        }

        var (iLeft, iRight) = restricted ? (1, 2) : (2, 3);
        var est = result.Estimate;
        est[DensityFitColumns.Left] = coefficients[iLeft];
        est[DensityFitColumns.Right] = coefficients[iRight];
        est[DensityFitColumns.Difference] = coefficients[iRight] - coefficients[iLeft];
        est[DensityFitColumns.Sum] = coefficients[iRight] + coefficients[iLeft];

        var d = result.Derivative;
        if (restricted)
        {
            d[DensityFitColumns.Left] = d[DensityFitColumns.Right] = coefficients[derivative + 1];
            d[DensityFitColumns.Difference] = 0;
            d[DensityFitColumns.Sum] = 2 * coefficients[derivative + 1];
        }
        else
        {
            d[DensityFitColumns.Left] = coefficients[2 * derivative];
            d[DensityFitColumns.Right] = coefficients[2 * derivative + 1];
            d[DensityFitColumns.Difference] = d[DensityFitColumns.Right] - d[DensityFitColumns.Left];
            d[DensityFitColumns.Sum] = d[DensityFitColumns.Right] + d[DensityFitColumns.Left];
        }

        if (jackknife)
        {
            var denominator = (sampleSize - 1.0) * (sampleSize - 1.0);
            var lTl = Symmetric(crossL, m) / denominator;
            var sandwich = gramInverse * lTl * gramInverse;
            var v = Matrix<double>.Build.Dense(m, m, (a, b) => sandwich[a, b] / (scale[a] * scale[b]));
            FillContrastVariances(result.JackknifeVariance, v[iLeft, iLeft], v[iRight, iRight], v[iLeft, iRight], 1);
        }
        else
        {
            PlugIn(result, sampleSize, hl, hr, order, kernel, restricted);
        }

        DropNegative(result.JackknifeVariance);
        DropNegative(result.PlugInVariance);
        return result;
    }

    /// <summary>
    /// The asymptotic variance (CJM 2020, Theorem 1): unrestricted, f(c)·e₁ᵀS⁻¹GS⁻¹e₁ / (n h) on each side;
    /// restricted, the sandwich of the pooled constants weighted by the two density estimates (package rddensity_fV).
    /// </summary>
    private static void PlugIn(DensityFitColumns result, int n, double hl, double hr, int order, DensityKernel kernel, bool restricted)
    {
        var fl = result.Estimate[DensityFitColumns.Left];
        var fr = result.Estimate[DensityFitColumns.Right];
        var pv = result.PlugInVariance;
        if (!restricted)
        {
            var constant = KernelMoments.DensityVarianceConstant(kernel, order);
            pv[DensityFitColumns.Left] = fl * constant / (n * hl);
            pv[DensityFitColumns.Right] = fr * constant / (n * hr);
            pv[DensityFitColumns.Difference] = pv[DensityFitColumns.Sum] = pv[DensityFitColumns.Left] + pv[DensityFitColumns.Right];
            return;
        }

        var s = KernelMoments.ExpandRight(KernelMoments.Gram(kernel, order));
        var g = KernelMoments.ExpandRight(KernelMoments.Covariance(kernel, order));
        var psi = KernelMoments.Reflection(order);
        var bread = (fl * (psi * s * psi) + fr * s).Inverse();
        var meat = (fl * fl * fl * (psi * g * psi)) + (fr * fr * fr * g);
        var v = bread * meat * bread;

        // The restricted model needs hl = hr, and the package divides by n·hl throughout.
        FillContrastVariances(pv, v[1, 1], v[2, 2], v[1, 2], n * hl);
    }

    private static void FillContrastVariances(double[] target, double vl, double vr, double cov, double divisor)
    {
        target[DensityFitColumns.Left] = vl / divisor;
        target[DensityFitColumns.Right] = vr / divisor;
        target[DensityFitColumns.Difference] = (vl + vr - 2 * cov) / divisor;
        target[DensityFitColumns.Sum] = (vl + vr + 2 * cov) / divisor;
    }

    private static void DropNegative(double[] variances)
    {
        for (var k = 0; k < variances.Length; k++)
        {
            if (variances[k] < 0)
            {
                variances[k] = double.NaN;
            }
        }
    }

    /// <summary>K((x − c)/h)/h, with the kernels as the package writes them.</summary>
    internal static double Weight(DensityKernel kernel, double u, bool left, double h) => kernel switch
    {
        DensityKernel.Uniform => 1 / (2 * h),
        DensityKernel.Epanechnikov => 0.75 * (1 - u * u) / h,
        _ => (left ? 1 + u : 1 - u) / h,
    };

    /// <summary>
    /// One row of the design. Unrestricted: the package interleaves the sides, column 2k holding uᵏ on the left and
    /// column 2k + 1 holding uᵏ on the right. Restricted: a common intercept, a slope for each side, then common uᵏ.
    /// </summary>
    internal static void FillDesign(double[] row, double u, bool left, int order, bool restricted)
    {
        Array.Clear(row);
        if (restricted)
        {
            row[0] = 1;
            row[left ? 1 : 2] = u;
            var power = u;
            for (var k = 2; k <= order; k++)
            {
                power *= u;
                row[k + 1] = power;
            }

            return;
        }

        var side = left ? 0 : 1;
        var p = 1.0;
        for (var k = 0; k <= order; k++)
        {
            row[2 * k + side] = p;
            p *= u;
        }
    }

    /// <summary>The diagonal of H: the bandwidth to the power of each column's order (restricted: hl throughout).</summary>
    private static double[] Scale(int m, int order, double hl, double hr, bool restricted)
    {
        var scale = new double[m];
        if (restricted)
        {
            scale[0] = 1;
            scale[1] = hl;
            scale[2] = hl;
            for (var k = 2; k <= order; k++)
            {
                scale[k + 1] = Math.Pow(hl, k);
            }

            return scale;
        }

        for (var k = 0; k <= order; k++)
        {
            scale[2 * k] = Math.Pow(hl, k);
            scale[2 * k + 1] = Math.Pow(hr, k);
        }

        return scale;
    }

    private static void AddTieOuter(double[] target, double[] s, double[] v, double c, double t, double q)
    {
        var m = v.Length;
        for (var a = 0; a < m; a++)
        {
            for (var b = a; b < m; b++)
            {
                target[a * m + b] += (c * s[a] * s[b]) + (t * ((s[a] * v[b]) + (v[a] * s[b]))) + (q * v[a] * v[b]);
            }
        }
    }

    private static void AddOuter(double[] target, double[] v, double count)
    {
        var m = v.Length;
        for (var a = 0; a < m; a++)
        {
            var va = count * v[a];
            if (va == 0)
            {
                continue;
            }

            for (var b = a; b < m; b++)
            {
                target[a * m + b] += va * v[b];
            }
        }
    }

    private static Matrix<double> Symmetric(double[] upper, int m) =>
        Matrix<double>.Build.Dense(m, m, (a, b) => a <= b ? upper[a * m + b] : upper[b * m + a]);

    private static bool AllFinite(Matrix<double> matrix)
    {
        foreach (var value in matrix.Enumerate())
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
