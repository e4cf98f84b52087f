namespace Goodhart.Statistics.Digits;

/// <summary>One digit (or digit pair, or round value) of a digit test: what was seen against what the reference law expects.</summary>
/// <param name="Digit">The digit, digit pair (10–99) or value.</param>
/// <param name="Observed">The observed count (a weighted count for Myers' blended index).</param>
/// <param name="Expected">The count the reference distribution expects.</param>
/// <param name="ObservedShare">The observed share of the total.</param>
/// <param name="ExpectedShare">The expected share of the total.</param>
public readonly record struct DigitFrequency(int Digit, double Observed, double Expected, double ObservedShare, double ExpectedShare);
