namespace Goodhart.Reviews;

/// <summary>Signals of a measure that reviews passed over: the sign that it is looked at but not used.</summary>
/// <param name="Count">How many of its signals began before a review that did not decide on them.</param>
/// <param name="Since">When the earliest of them began.</param>
/// <param name="MeetingsSince">How many reviews were held after that.</param>
public sealed record IgnoredSignals(int Count, DateOnly Since, int MeetingsSince);
