namespace Goodhart.Statistics.Density;

/// <summary>The distinct values within the bandwidths, and how many observations they hold.</summary>
/// <param name="Start">The first distinct value inside.</param>
/// <param name="End">One past the last distinct value inside.</param>
/// <param name="LeftGroups">How many of the distinct values inside are below the cutoff (they come first).</param>
/// <param name="Observations">Observations inside.</param>
/// <param name="LeftObservations">Observations inside and below the cutoff.</param>
internal readonly record struct SampleWindow(int Start, int End, int LeftGroups, int Observations, int LeftObservations)
{
    public int RightObservations => Observations - LeftObservations;
}
