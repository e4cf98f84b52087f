namespace Goodhart.StressTest;

/// <summary>Where a band starts on the 0–100 scale.</summary>
/// <param name="Band">The band.</param>
/// <param name="From">Its lower edge, inclusive.</param>
public readonly record struct BandEdge(Band Band, double From);
