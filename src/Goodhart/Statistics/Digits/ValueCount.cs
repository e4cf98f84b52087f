namespace Goodhart.Statistics.Digits;

/// <summary>The number of cases at one whole value: people of one age in years, or cases of one duration in minutes.</summary>
/// <param name="Value">The whole value (age, minutes).</param>
/// <param name="Count">How many cases have it (not negative).</param>
public readonly record struct ValueCount(int Value, double Count);
