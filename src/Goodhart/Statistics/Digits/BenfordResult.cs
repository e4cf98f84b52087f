namespace Goodhart.Statistics.Digits;

/// <summary>
/// A test of leading digits against Benford's law: Pearson's χ² (as <c>distr.test</c> of the R package
/// <c>digitTests</c> and <c>benford</c> of <c>benford.analysis</c> report it) and Nigrini's mean absolute deviation.
/// </summary>
/// <param name="Digits">Which leading digits were tested.</param>
/// <param name="Count">How many values were tested.</param>
/// <param name="Skipped">How many values were left out: zero, negative, not finite.</param>
/// <param name="ChiSquare">Σ (O − E)² / E over the digits.</param>
/// <param name="DegreesOfFreedom">The number of digits less one: 8 for first digits, 89 for first-two digits.</param>
/// <param name="PValue">P(χ² ≥ statistic) under Benford's law.</param>
/// <param name="MeanAbsoluteDeviation">MAD = mean over digits of |observed share − expected share| (Nigrini 2012, eq. 7.7); unlike χ² it does not grow with the number of values.</param>
/// <param name="Conformity">Nigrini's range for the MAD.</param>
/// <param name="Frequencies">Each digit's observed against expected count.</param>
public sealed record BenfordResult(
    BenfordDigits Digits,
    int Count,
    int Skipped,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    double MeanAbsoluteDeviation,
    BenfordConformity Conformity,
    IReadOnlyList<DigitFrequency> Frequencies);
