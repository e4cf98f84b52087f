namespace Goodhart.Statistics.Density;

/// <summary>How many observations the test used.</summary>
/// <param name="Full">All observations.</param>
/// <param name="Left">Observations below the cutoff.</param>
/// <param name="Right">Observations at or above the cutoff.</param>
/// <param name="EffectiveLeft">Observations below the cutoff and within h₋ of it.</param>
/// <param name="EffectiveRight">Observations at or above the cutoff and within h₊ of it.</param>
public readonly record struct DensitySampleCounts(int Full, int Left, int Right, int EffectiveLeft, int EffectiveRight);
