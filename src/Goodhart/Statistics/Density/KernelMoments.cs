using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Statistics.Density;

/// <summary>
/// The kernel constants of the local polynomial density estimator on the half line [0, 1] (Cattaneo, Jansson and
/// Ma 2020, Theorems 1 and 2: the matrices S, c and G). The package integrates them numerically; every kernel here is
/// a polynomial on [0, 1], so the integrals are written out in closed form and are exact.
/// </summary>
internal static class KernelMoments
{
    /// <summary>The kernel on [0, 1] as polynomial coefficients a₀ + a₁u + a₂u².</summary>
    private static Rational[] ExactCoefficients(DensityKernel kernel) => kernel switch
    {
        DensityKernel.Uniform => [Rational.Of(1, 2)],
        DensityKernel.Epanechnikov => [Rational.Of(3, 4), Rational.Zero, Rational.Of(-3, 4)],
        _ => [Rational.Of(1), Rational.Of(-1)],
    };

    /// <summary>
    /// e₁ᵀS⁻¹GS⁻¹e₁, the constant of the plug-in variance of an order-p density estimate on one side
    /// (CJM 2020, Theorem 1), computed exactly.
    /// </summary>
    public static double DensityVarianceConstant(DensityKernel kernel, int p)
    {
        var s = ExactGram(kernel, p);
        var sInverseG = Rational.Solve(s, ExactCovariance(kernel, p));
        // (S⁻¹ G S⁻¹)[1, 1] = row 1 of S⁻¹G times column 1 of S⁻¹; S is symmetric, so that column solves S·x = e₁.
        var unit = new Rational[p + 1, 1];
        for (var i = 0; i <= p; i++)
        {
            unit[i, 0] = i == 1 ? Rational.Of(1) : Rational.Zero;
        }

        var column = Rational.Solve(s, unit);
        var sum = Rational.Zero;
        for (var k = 0; k <= p; k++)
        {
            sum += sInverseG[1, k] * column[k, 0];
        }

        return sum.ToDouble();
    }

    /// <summary>e₁ᵀS⁻¹c, the constant of the leading bias of an order-p density estimate (CJM 2020, Theorem 1), exactly.</summary>
    public static double DensityBiasConstant(DensityKernel kernel, int p)
    {
        var c = new Rational[p + 1, 1];
        for (var i = 0; i <= p; i++)
        {
            c[i, 0] = ExactMoment(kernel, i + p + 1);
        }

        return Rational.Solve(ExactGram(kernel, p), c)[1, 0].ToDouble();
    }

    /// <summary>∫₀¹ u^power K(u) du.</summary>
    private static Rational ExactMoment(DensityKernel kernel, int power)
    {
        var a = ExactCoefficients(kernel);
        var sum = Rational.Zero;
        for (var m = 0; m < a.Length; m++)
        {
            sum += a[m] / Rational.Of(power + m + 1);
        }

        return sum;
    }

    private static Rational[,] ExactGram(DensityKernel kernel, int p)
    {
        var s = new Rational[p + 1, p + 1];
        for (var i = 0; i <= p; i++)
        {
            for (var j = 0; j <= p; j++)
            {
                s[i, j] = ExactMoment(kernel, i + j);
            }
        }

        return s;
    }

    /// <summary>
    /// G, the variance kernel of the fit to the empirical distribution function (CJM 2020, Theorem 1): the
    /// (p+1)-square matrix with entries ∫₀¹∫₀ᵛ uⁱ vʲ⁻¹ K(u)K(v) du dv + ∫₀¹∫ᵥ¹ uⁱ⁻¹ vʲ K(u)K(v) du dv for i, j = 1…p+1
    /// (package function Ggenerate on [0, 1]).
    /// </summary>
    private static Rational[,] ExactCovariance(DensityKernel kernel, int p)
    {
        var a = ExactCoefficients(kernel);
        var g = new Rational[p + 1, p + 1];
        for (var row = 0; row <= p; row++)
        {
            for (var column = 0; column <= p; column++)
            {
                var i = row + 1;
                var j = column + 1;
                var sum = Rational.Zero;
                for (var m = 0; m < a.Length; m++)
                {
                    for (var n = 0; n < a.Length; n++)
                    {
                        var inner = Rational.Of(1, (i + m + 1L) * (i + m + j + n + 1L));
                        var outer = (Rational.Of(1, j + n + 1) - Rational.Of(1, i + m + j + n + 1)) / Rational.Of(i + m);
                        sum += a[m] * a[n] * (inner + outer);
                    }
                }

                g[row, column] = sum;
            }
        }

        return g;
    }

    /// <summary>S = ∫₀¹ r(u) r(u)ᵀ K(u) du with r(u) = (1, u, …, u^p): the (p+1)-square Gram matrix.</summary>
    public static Matrix<double> Gram(DensityKernel kernel, int p) => ToMatrix(ExactGram(kernel, p));

    /// <summary>c = ∫₀¹ u^(p+1) r(u) K(u) du: the leading bias vector of an order-p fit.</summary>
    public static Vector<double> BiasVector(DensityKernel kernel, int p) =>
        Vector<double>.Build.Dense(p + 1, i => ExactMoment(kernel, i + p + 1).ToDouble());

    /// <summary>The variance kernel G of <see cref="ExactCovariance"/>, in doubles.</summary>
    public static Matrix<double> Covariance(DensityKernel kernel, int p) => ToMatrix(ExactCovariance(kernel, p));

    private static Matrix<double> ToMatrix(Rational[,] exact) =>
        Matrix<double>.Build.Dense(exact.GetLength(0), exact.GetLength(1), (i, j) => exact[i, j].ToDouble());

    /// <summary>
    /// Spreads an order-p matrix on [0, 1] over the restricted model's p + 2 coefficients (intercept, left slope,
    /// right slope, higher powers): the right-hand side has no left slope, so that row and column are zero.
    /// </summary>
    public static Matrix<double> ExpandRight(Matrix<double> m)
    {
        var size = m.RowCount + 1;
        return Matrix<double>.Build.Dense(size, size, (i, j) => i == 1 || j == 1 ? 0 : m[Source(i), Source(j)]);
    }

    /// <inheritdoc cref="ExpandRight(Matrix{double})"/>
    public static Vector<double> ExpandRight(Vector<double> v) =>
        Vector<double>.Build.Dense(v.Count + 1, i => i == 1 ? 0 : v[Source(i)]);

    private static int Source(int expanded) => expanded == 0 ? 0 : expanded - 1;

    /// <summary>
    /// The reflection Ψ that maps the right-hand restricted constants onto the left-hand ones: even powers keep
    /// their sign, odd powers flip, and the right slope moves to the left slope (package function Psigenerate).
    /// </summary>
    public static Matrix<double> Reflection(int p)
    {
        var psi = Matrix<double>.Build.Dense(p + 2, p + 2);
        psi[0, 0] = 1;
        for (var k = 2; k <= p; k++)
        {
            psi[k + 1, k + 1] = k % 2 == 0 ? 1 : -1;
        }

        psi[1, 2] = -1;
        psi[2, 1] = -1;
        return psi;
    }
}
