namespace Goodhart.Statistics.Bunching;

/// <summary>
/// Where the threshold z* sits inside its bin, which fixes the bin grid and the value each bin is labelled with
/// (the <c>binv</c> argument of <c>bunchit</c> in the R package <c>bunching</c>, Mavrokonstantis 2019).
/// </summary>
public enum BinValue
{
    /// <summary>z* is the middle of its bin: a bin labelled v holds v − w/2 ≤ z &lt; v + w/2 (the package's default).</summary>
    Median,

    /// <summary>z* is the lower edge of its bin: a bin labelled v holds v ≤ z &lt; v + w.</summary>
    Min,

    /// <summary>z* is the upper edge of its bin: a bin labelled v holds v − w &lt; z ≤ v.</summary>
    Max,
}
