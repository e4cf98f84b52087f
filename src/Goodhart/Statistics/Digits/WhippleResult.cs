namespace Goodhart.Statistics.Digits;

/// <summary>
/// Whipple's index of heaping on round values: 100 × (cases at multiples of m) / (all cases in the range / m). It is
/// 100 when round values hold their fair share, m × 100 when every case sits on one, and below 100 when round values are
/// avoided. The classic index takes ages 23–62 and m = 5 (ages ending in 0 or 5).
/// </summary>
/// <param name="Lowest">The lowest value of the range (inclusive).</param>
/// <param name="Highest">The highest value of the range (inclusive).</param>
/// <param name="Multiple">m: the round values are the multiples of m.</param>
/// <param name="Index">The index on the 100 scale (DemoTools' <c>check_heaping_whipple</c> reports it divided by 100); NaN when the range is empty.</param>
/// <param name="Accuracy">The UN's reading of the index; <c>null</c> when the index is NaN.</param>
/// <param name="Total">All cases in the range.</param>
/// <param name="OnRoundValues">The cases at multiples of m.</param>
/// <param name="ChiSquare">Pearson's χ² of on-round against off-round cases, expected shares 1/m and 1 − 1/m.</param>
/// <param name="DegreesOfFreedom">1.</param>
/// <param name="PValue">P(χ²₁ ≥ statistic): how surprising the heaping (or avoidance) is if values were smooth, for case counts.</param>
/// <param name="RoundValues">Each round value's count against its expected count: 1/m of the block of m consecutive values it falls in (the range is cut into such blocks from its lowest value).</param>
public sealed record WhippleResult(
    int Lowest,
    int Highest,
    int Multiple,
    double Index,
    WhippleAccuracy? Accuracy,
    double Total,
    double OnRoundValues,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    IReadOnlyList<DigitFrequency> RoundValues);
