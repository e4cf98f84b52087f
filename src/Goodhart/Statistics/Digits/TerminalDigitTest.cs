namespace Goodhart.Statistics.Digits;

/// <summary>The last-digit (terminal digit) uniformity test: Pearson's χ² of the ten last digits against 1/10 each.</summary>
public static class TerminalDigitTest
{
    private const double LargestExact = 9007199254740992; // 2^53: beyond it a double has no units digit of its own.

    /// <summary>
    /// Tests the last digit of each value at the recorded precision: the units digit of round(|x| · 10^decimals).
    /// Give the precision the values were recorded at (2 for amounts in pounds and pence, 0 for whole minutes), so
    /// that 52.5 recorded as 52.50 counts as a 0.
    /// </summary>
    /// <param name="values">The recorded values.</param>
    /// <param name="decimals">The number of decimals the values were recorded with (0–15).</param>
    public static TerminalDigitResult Run(IReadOnlyList<double> values, int decimals = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        var scale = Math.Pow(10, decimals);
        var counts = new double[10];
        var skipped = 0;
        foreach (var value in values)
        {
            var scaled = Math.Round(Math.Abs(value) * scale, MidpointRounding.AwayFromZero);
            if (!double.IsFinite(scaled) || scaled >= LargestExact)
            {
                skipped++;
                continue;
            }

            counts[(int)(scaled % 10)]++;
        }

        return Build(counts, decimals, skipped);
    }

    /// <summary>Tests counts already tallied by last digit (e.g. in SQL): <paramref name="countsByDigit"/>[d] is the number of values ending in d.</summary>
    /// <param name="countsByDigit">Ten counts, for digits 0 to 9.</param>
    /// <param name="decimals">The recorded precision the digits were read at, kept for the report.</param>
    public static TerminalDigitResult FromCounts(IReadOnlyList<double> countsByDigit, int decimals = 0)
    {
        ArgumentNullException.ThrowIfNull(countsByDigit);
        if (countsByDigit.Count != 10)
        {
            throw new ArgumentException($"Give ten counts, one per digit 0–9; got {countsByDigit.Count}.", nameof(countsByDigit));
        }

        if (countsByDigit.Any(c => !double.IsFinite(c) || c < 0))
        {
            throw new ArgumentException("Counts must be finite and not negative.", nameof(countsByDigit));
        }

        return Build([.. countsByDigit], decimals, 0);
    }

    private static TerminalDigitResult Build(double[] counts, int decimals, int skipped)
    {
        var labels = Enumerable.Range(0, 10).ToArray();
        var shares = Enumerable.Repeat(0.1, 10).ToArray();
        var (frequencies, statistic) = ChiSquareFit.Run(labels, counts, shares);
        return new TerminalDigitResult(decimals, (int)counts.Sum(), skipped, statistic, 9, ChiSquareFit.UpperTail(statistic, 9), frequencies);
    }
}
