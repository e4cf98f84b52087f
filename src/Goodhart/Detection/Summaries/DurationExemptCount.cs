namespace Goodhart.Detection.Summaries;

/// <summary>
/// The cases that took one whole number of duration units, and how many of them were recorded in a category exempt
/// from the target (the reclassification detector's input near the threshold).
/// </summary>
/// <param name="Duration">The duration, in whole units (floor of the recorded duration).</param>
/// <param name="Cases">How many cases took it, exempt or not.</param>
/// <param name="Exempt">How many of those were in an exempt category.</param>
public readonly record struct DurationExemptCount(long Duration, long Cases, long Exempt);
