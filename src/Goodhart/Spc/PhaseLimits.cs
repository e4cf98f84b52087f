namespace Goodhart.Spc;

/// <summary>
/// What a phase's baseline says about the process: the centre line and what the limits of each point are built
/// from. For P and U charts sigma depends on each point's denominator, so limits are worked out per point with
/// <see cref="SigmaAt"/>.
/// </summary>
internal readonly record struct PhaseLimits(
    ChartKind Chart,
    double Centre,
    double Sigma,
    double MeanMovingRange,
    int ScreenedMovingRanges,
    int BaselineValues)
{
    /// <summary>A phase without enough values for a centre line.</summary>
    public static PhaseLimits None(ChartKind chart) => new(chart, double.NaN, double.NaN, double.NaN, 0, 0);

    public bool HasCentre => !double.IsNaN(Centre);

    public bool HasLimits => Chart != ChartKind.Run && !double.IsNaN(Sigma) && HasCentre;

    /// <summary>The sigma of a point with the given denominator (ignored where sigma is the same for every point).</summary>
    public double SigmaAt(double denominator) => Chart switch
    {
        ChartKind.P => Math.Sqrt(Centre * (1 - Centre) / denominator),
        ChartKind.PPrime => Math.Sqrt(Centre * (1 - Centre) / denominator) * Sigma,
        ChartKind.U => Math.Sqrt(Centre / denominator),
        ChartKind.UPrime => Math.Sqrt(Centre / denominator) * Sigma,
        ChartKind.C => Math.Sqrt(Centre),
        _ => Sigma,
    };

    /// <summary>The lower and upper line at <paramref name="multiple"/> sigma, clipped where the chart's values cannot go.</summary>
    public (double Lower, double Upper) At(double multiple, double denominator)
    {
        if (Chart == ChartKind.MovingRange)
        {
            // Moving ranges are not symmetric: the upper limit is D4 = 3.267 times the mean moving range and the
            // 2-sigma line two thirds of the way to it from zero (as qicharts2 draws it); the lower limit is 0.
            return (0, MeanMovingRange * MovingRangeD4 * multiple / 3);
        }

        var sigma = SigmaAt(denominator);
        var lower = Centre - (multiple * sigma);
        var upper = Centre + (multiple * sigma);
        if (Chart is ChartKind.P or ChartKind.PPrime or ChartKind.U or ChartKind.UPrime or ChartKind.C)
        {
            lower = Math.Max(lower, 0);
        }

        if (Chart is ChartKind.P or ChartKind.PPrime)
        {
            upper = Math.Min(upper, 1);
        }

        return (lower, upper);
    }

    /// <summary>D4 for moving ranges of two: the upper limit of a moving range as a multiple of its mean.</summary>
    public const double MovingRangeD4 = 3.267;
}
