namespace Goodhart.Detection.Summaries;

/// <summary>The cases that took one whole number of duration units.</summary>
/// <param name="Duration">The duration, in whole units (floor of the recorded duration).</param>
/// <param name="Count">How many cases took it.</param>
public readonly record struct DurationCount(long Duration, long Count);
