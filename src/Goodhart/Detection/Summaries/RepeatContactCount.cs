namespace Goodhart.Detection.Summaries;

/// <summary>
/// The cases that took one whole number of duration units, and how many of them were followed by another case for the
/// same person that started within the repeat window after this one ended (the rework detector's input).
/// </summary>
/// <param name="Duration">The duration, in whole units (floor of the recorded duration).</param>
/// <param name="Cases">How many cases took it.</param>
/// <param name="Repeats">How many of those were followed by a repeat contact within the window.</param>
public readonly record struct RepeatContactCount(long Duration, long Cases, long Repeats);
