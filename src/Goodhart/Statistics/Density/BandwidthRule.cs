namespace Goodhart.Statistics.Density;

/// <summary>Which mean squared error the data-driven bandwidth minimises (the <c>bwselect</c> option of rddensity).</summary>
public enum BandwidthRule
{
    /// <summary>
    /// The default. Unrestricted fit: each side takes the median of its own "each" bandwidth, the "difference" one
    /// and the "sum" one. Restricted fit: both sides take the smaller of "difference" and "sum".
    /// </summary>
    Combined,

    /// <summary>The MSE of each side's density estimator separately, giving two bandwidths (unrestricted fit only).</summary>
    Each,

    /// <summary>The MSE of the difference of the two density estimators; one common bandwidth.</summary>
    Difference,

    /// <summary>The MSE of the sum of the two density estimators; one common bandwidth.</summary>
    Sum,
}
