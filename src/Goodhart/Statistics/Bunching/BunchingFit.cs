using MathNet.Numerics.LinearAlgebra;

namespace Goodhart.Statistics.Bunching;

/// <summary>
/// One least-squares fit of the bunching model and the excess mass it implies (the package's <c>fit_bunching</c>):
/// counts on an intercept, a dummy for z*'s bin, a polynomial in the bin offset k and a dummy for each other bin of
/// the bunching region, so the polynomial alone is fitted to the bins outside the region (Chetty et al. 2011, eq. 3).
/// </summary>
internal sealed class BunchingFit
{
    private BunchingFit(double[] polynomial, double[] region, double[] controls, double[] counterfactual, double[] residuals, double excess, double excessBelow, double counterfactualInRegion, int regionBins, double counterfactualAtThreshold)
    {
        CounterfactualAtThreshold = counterfactualAtThreshold;
        Polynomial = polynomial;
        Region = region;
        Controls = controls;
        Counterfactual = counterfactual;
        Residuals = residuals;
        Excess = excess;
        ExcessAtOrBelow = excessBelow;
        CounterfactualInRegion = counterfactualInRegion;
        RegionBins = regionBins;
    }

    /// <summary>β₀ … β_p, the intercept then the powers of k.</summary>
    public double[] Polynomial { get; }

    /// <summary>The dummy coefficients of the region's bins, ordered by offset from −L to R.</summary>
    public double[] Region { get; }

    /// <summary>The coefficients of the control dummies (round numbers, other bunching points), in the order given.</summary>
    public double[] Controls { get; }

    public double[] Counterfactual { get; }

    /// <summary>Fitted counts minus the model's prediction (zero in the region, where the dummies fit exactly).</summary>
    public double[] Residuals { get; }

    /// <summary>B: Σ over the region of (original count − counterfactual).</summary>
    public double Excess { get; }

    /// <summary>The part of B in the region's bins at or below z*.</summary>
    public double ExcessAtOrBelow { get; }

    public double CounterfactualInRegion { get; }

    public int RegionBins { get; }

    /// <summary>c₀, the average counterfactual count per bin of the region.</summary>
    public double AverageCounterfactual => CounterfactualInRegion / RegionBins;

    /// <summary>The counterfactual count in z*'s bin.</summary>
    public double CounterfactualAtThreshold { get; }

    /// <summary>The excess in the region's bins above z*.</summary>
    public double ExcessAbove => Excess - ExcessAtOrBelow;

    /// <summary>
    /// B and the c₀ that normalises it: for a kink the whole region's excess over the average counterfactual per
    /// region bin; for a notch only the excess at or below z* over the counterfactual in z*'s bin (the package's
    /// <c>fit_bunching</c> with <c>notch = TRUE</c>; Kleven &amp; Waseem 2013, section V).
    /// </summary>
    public (double Excess, double Normaliser) Measure(bool notch) =>
        notch ? (ExcessAtOrBelow, CounterfactualAtThreshold) : (Excess, AverageCounterfactual);

    /// <summary>
    /// Fits <paramref name="fitted"/> (the counts the regression sees, shifted by the integration correction) and
    /// measures the excess of <paramref name="original"/> over the counterfactual in the region. The control
    /// dummies (<paramref name="controls"/>, one array of 0/1 per column) stay in the counterfactual, as in the
    /// package: only z*'s and the region's dummies are taken out.
    /// </summary>
    public static BunchingFit Run(int[] offsets, double[] original, double[] fitted, int degree, int below, int above, IReadOnlyList<double[]> controls) =>
        Run(BunchingDesign.Create(offsets, degree, below, above, controls), original, fitted);

    /// <summary>The same fit on regressors already built and factorised.</summary>
    public static BunchingFit Run(BunchingDesign design, double[] original, double[] fitted)
    {
        var offsets = design.Offsets;
        var n = offsets.Length;
        var degree = design.Degree;
        var below = design.Below;
        var above = design.Above;
        var controls = design.Controls;
        var regionBins = design.RegionBins;
        var firstControl = design.FirstControl;
        var x = design.X;
        var y = Vector<double>.Build.DenseOfArray(fitted);
        var beta = design.Factorisation.Solve(y);
        var prediction = x * beta;

        var polynomial = new double[degree + 1];
        for (var j = 0; j <= degree; j++)
        {
            polynomial[j] = beta[j];
        }

        var region = new double[regionBins];
        for (var j = 0; j < regionBins; j++)
        {
            region[j] = beta[1 + degree + j];
        }

        var controlCoefficients = new double[controls.Count];
        for (var c = 0; c < controls.Count; c++)
        {
            controlCoefficients[c] = beta[firstControl + c];
        }

        var counterfactual = new double[n];
        var residuals = new double[n];
        double excess = 0, excessBelow = 0, cfRegion = 0, cfThreshold = double.NaN;
        for (var i = 0; i < n; i++)
        {
            var k = offsets[i];
            var cf = polynomial[degree];
            for (var j = degree - 1; j >= 0; j--)
            {
                cf = cf * k + polynomial[j];
            }

            for (var c = 0; c < controls.Count; c++)
            {
                cf += controls[c][i] * controlCoefficients[c];
            }

            counterfactual[i] = cf;
            if (k == 0)
            {
                cfThreshold = cf;
            }

            residuals[i] = fitted[i] - prediction[i];
            if (k >= -below && k <= above)
            {
                excess += original[i] - cf;
                cfRegion += cf;
                if (k <= 0)
                {
                    excessBelow += original[i] - cf;
                }
            }
        }

        return new BunchingFit(polynomial, region, controlCoefficients, counterfactual, residuals, excess, excessBelow, cfRegion, regionBins, cfThreshold);
    }
}
