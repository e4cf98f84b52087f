namespace Goodhart.Statistics.Density;

/// <summary>The kernel K(u) that weights observations by their distance from the cutoff, in units of the bandwidth.</summary>
public enum DensityKernel
{
    /// <summary>K(u) = (1 − |u|) on |u| ≤ 1; the default, and the boundary-optimal choice for point estimation.</summary>
    Triangular,

    /// <summary>K(u) = 0.75 (1 − u²) on |u| ≤ 1.</summary>
    Epanechnikov,

    /// <summary>K(u) = 0.5 on |u| ≤ 1: every observation within the bandwidth counts the same.</summary>
    Uniform,
}
