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
    /// <param name="x">Observations within the bandwidths, minus the cutoff, sorted ascending.</param>
    /// <param name="y">The empirical distribution function at each of them (computed on the full sample).</param>
    /// <param name="leftCount">How many of <paramref name="x"/> are below the cutoff (they come first).</param>
    /// <param name="sampleSize">The full sample size n.</param>
    /// <param name="hl">The left bandwidth.</param>
    /// <param name="hr">The right bandwidth.</param>
    /// <param name="order">The polynomial order.</param>
    /// <param name="derivative">The order of the derivative also reported (1 is the density itself).</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="fit">Unrestricted or restricted.</param>
    /// <param name="variance">The variance estimator to compute.</param>
    /// <param name="massPoints">Whether the jackknife leaves out whole ties.</param>
    public static DensityFitColumns Fit(
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> y,
        int leftCount,
        int sampleSize,
        double hl,
        double hr,
        int order,
        int derivative,
        DensityKernel kernel,
        DensityFitModel fit,
        DensityVarianceEstimator variance,
        bool massPoints)
    {
        var result = new DensityFitColumns();
        var restricted = fit == DensityFitModel.Restricted;
        var m = restricted ? order + 2 : 2 * order + 2;
        var nh = x.Length;
        if (nh == 0)
        {
            return result;
        }

        var jackknife = variance == DensityVarianceEstimator.Jackknife;
        var gram = new double[m * m];
        var moment = new double[m];
        var crossL = new double[m * m];
        var suffix = new double[m];
        var row = new double[m];

        // One pass from the top: the Gram matrix X'WX, X'WY, and for the jackknife the leave-one-out terms
        // Lᵢ = Σ_{k>i} w_k r_k / (n − 1), which are the change in F̂ when xᵢ is dropped (the package's matrix L).
        var groupEnd = nh - 1;
        for (var i = nh - 1; i >= 0; i--)
        {
            var xi = x[i];
            var left = i < leftCount;
            var h = left ? hl : hr;
            var u = xi / h;
            var w = Weight(kernel, u, left, h);
            FillDesign(row, u, left, order, restricted);

            var yi = y[i];
            for (var a = 0; a < m; a++)
            {
                var wa = w * row[a];
                if (wa == 0)
                {
                    continue;
                }

                moment[a] += wa * yi;
                for (var b = a; b < m; b++)
                {
                    gram[a * m + b] += wa * row[b];
                }
            }

            if (!jackknife)
            {
                continue;
            }

            if (i < nh - 1 && !(massPoints && x[i + 1] == xi))
            {
                groupEnd = i;
            }

            // With the mass-point adjustment, every member of a tie takes the term of the tie's first member, so the
            // whole tie is left out at once; the outer product is added once per member.
            var groupStart = !massPoints || i == 0 || x[i - 1] != xi;
            if (groupStart)
            {
                AddOuter(crossL, suffix, groupEnd - i + 1);
            }

            for (var a = 0; a < m; a++)
            {
                suffix[a] += w * row[a];
            }
        }

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
    private static double Weight(DensityKernel kernel, double u, bool left, double h) => kernel switch
    {
        DensityKernel.Uniform => 1 / (2 * h),
        DensityKernel.Epanechnikov => 0.75 * (1 - u * u) / h,
        _ => (left ? 1 + u : 1 - u) / h,
    };

    /// <summary>
    /// One row of the design. Unrestricted: the package interleaves the sides, column 2k holding uᵏ on the left and
    /// column 2k + 1 holding uᵏ on the right. Restricted: a common intercept, a slope for each side, then common uᵏ.
    /// </summary>
    private static void FillDesign(double[] row, double u, bool left, int order, bool restricted)
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

    private static void AddOuter(double[] target, double[] v, int count)
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
