namespace Goodhart.Statistics.Digits;

/// <summary>
/// Myers' blended index of digit preference (Myers 1940; Shryock &amp; Siegel 1976, ch. 8): the half-sum of the
/// absolute differences between each terminal digit's blended share and 10%. 0 means no preference, 90 means every
/// case ends in the same digit. The blending weights cancel the bias a falling age distribution puts on low digits.
/// No p-value: the blended totals are weighted sums, not counts.
/// </summary>
/// <param name="Lowest">The lowest value used (inclusive).</param>
/// <param name="Highest">The highest value used (inclusive), rounded down so the range is whole decades.</param>
/// <param name="Index">The index, 0 to 90.</param>
/// <param name="Digits">Each terminal digit's blended total (observed) against a tenth of all (expected).</param>
public sealed record MyersResult(int Lowest, int Highest, double Index, IReadOnlyList<DigitFrequency> Digits);
