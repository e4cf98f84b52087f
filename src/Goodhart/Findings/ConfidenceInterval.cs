namespace Goodhart.Findings;

/// <summary>A confidence interval for one quantity.</summary>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
/// <param name="Level">The coverage asked for, e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>Whether <paramref name="value"/> lies inside the interval (limits included).</summary>
    /// <param name="value">The value to look for.</param>
    public bool Covers(double value) => value >= Lower && value <= Upper;
}
