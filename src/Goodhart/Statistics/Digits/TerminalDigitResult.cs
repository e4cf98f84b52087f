namespace Goodhart.Statistics.Digits;

/// <summary>
/// A test that the last recorded digit is uniform on 0–9 (the terminal-digit test of Mosimann, Wiseman &amp; Edelman
/// 1995, Chance 8(1); Beber &amp; Scacco 2012, Political Analysis 20(2)): people who make numbers up, or round them,
/// favour some digits.
/// </summary>
/// <param name="Decimals">The recorded precision: the digit read is the one at 10^−Decimals.</param>
/// <param name="Count">How many values were tested.</param>
/// <param name="Skipped">How many values were left out: not finite, or too large for the digit to be exact.</param>
/// <param name="ChiSquare">Σ (O − E)² / E over the ten digits, E = Count / 10.</param>
/// <param name="DegreesOfFreedom">9.</param>
/// <param name="PValue">P(χ²₉ ≥ statistic) under uniform last digits.</param>
/// <param name="Frequencies">Each digit 0–9, observed against expected.</param>
public sealed record TerminalDigitResult(
    int Decimals,
    int Count,
    int Skipped,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    IReadOnlyList<DigitFrequency> Frequencies);
