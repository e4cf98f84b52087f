namespace Goodhart.Statistics.Bunching;

/// <summary>A percentile bootstrap confidence interval.</summary>
/// <param name="Lower">The lower limit: the (1 − level)/2 quantile of the replicates.</param>
/// <param name="Upper">The upper limit: the (1 + level)/2 quantile of the replicates.</param>
/// <param name="Level">The coverage asked for, e.g. 0.95.</param>
public readonly record struct BootstrapInterval(double Lower, double Upper, double Level)
{
    /// <summary>Whether <paramref name="value"/> lies inside the interval (limits included).</summary>
    /// <param name="value">The value to test, e.g. 0 for "no bunching".</param>
    public bool Covers(double value) => value >= Lower && value <= Upper;
}
