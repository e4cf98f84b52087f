namespace Goodhart.Statistics.Density;

/// <summary>
/// One value of the running variable and how many observations take it: a bar of a histogram of whole durations.
/// A list of them stands for the sample in which each value is repeated <paramref name="Count"/> times.
/// </summary>
/// <param name="Value">The value; it must be finite.</param>
/// <param name="Count">How many observations take it; zero is allowed and ignored, negative is not.</param>
public readonly record struct MassPoint(double Value, long Count);
