using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Goodhart.Statistics.Bunching;

/// <summary>
/// The regressors of the bunching model for one window and region, with their QR factorisation. The integration
/// correction and every bootstrap replicate refit different counts on the same regressors, so the factorisation is
/// made once; solving with it gives exactly the numbers a fresh factorisation would.
/// </summary>
internal sealed class BunchingDesign
{
    private BunchingDesign(int[] offsets, int degree, int below, int above, IReadOnlyList<double[]> controls, Matrix<double> x)
    {
        Offsets = offsets;
        Degree = degree;
        Below = below;
        Above = above;
        Controls = controls;
        X = x;
        Factorisation = x.QR();
    }

    public int[] Offsets { get; }

    public int Degree { get; }

    public int Below { get; }

    public int Above { get; }

    public IReadOnlyList<double[]> Controls { get; }

    public Matrix<double> X { get; }

    public QR<double> Factorisation { get; }

    public int RegionBins => Below + 1 + Above;

    public int FirstControl => 1 + Degree + RegionBins;

    /// <summary>
    /// An intercept, the powers of the bin offset k up to <paramref name="degree"/>, a dummy for each bin of the region
    /// from −<paramref name="below"/> to <paramref name="above"/>, and the control dummies.
    /// </summary>
    public static BunchingDesign Create(int[] offsets, int degree, int below, int above, IReadOnlyList<double[]> controls)
    {
        var n = offsets.Length;
        var firstControl = 1 + degree + below + 1 + above;
        var x = Matrix<double>.Build.Dense(n, firstControl + controls.Count);
        for (var i = 0; i < n; i++)
        {
            var k = offsets[i];
            x[i, 0] = 1;
            var power = 1.0;
            for (var j = 1; j <= degree; j++)
            {
                power *= k;
                x[i, j] = power;
            }

            if (k >= -below && k <= above)
            {
                x[i, 1 + degree + k + below] = 1;
            }

            for (var c = 0; c < controls.Count; c++)
            {
                x[i, firstControl + c] = controls[c][i];
            }
        }

        return new BunchingDesign(offsets, degree, below, above, controls, x);
    }
}
