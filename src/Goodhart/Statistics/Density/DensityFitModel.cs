namespace Goodhart.Statistics.Density;

/// <summary>Whether the two sides of the cutoff are fitted separately or share their distribution function and higher derivatives.</summary>
public enum DensityFitModel
{
    /// <summary>Each side gets its own local polynomial (two-sample, unrestricted inference); the default.</summary>
    Unrestricted,

    /// <summary>
    /// One local polynomial across the cutoff whose only free break is in the first derivative (the density); the
    /// distribution function and the higher derivatives are assumed continuous. Needs equal bandwidths on both sides.
    /// </summary>
    Restricted,
}
