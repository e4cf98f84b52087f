namespace Goodhart.Statistics.Digits;

/// <summary>
/// Indices of heaping on round values, from counts by whole value: ages in years as demographers use them, or
/// durations in minutes, where cases logged "at 15 minutes" or "at 4 hours" show a clock read roughly or a time
/// written in afterwards. Values missing from the counts count as zero; repeated values are added up.
/// </summary>
public static class HeapingIndex
{
    /// <summary>
    /// Whipple's index: 100 × m × (cases at multiples of m) / (all cases in [lowest, highest]). The defaults give
    /// the demographers' index for ages ending in 0 or 5 over 23–62 (Shryock &amp; Siegel 1976; DemoTools'
    /// <c>check_heaping_whipple</c> with ages 25–60); for durations, give the range of minutes and m = 5 for times
    /// ending in 0 or 5, m = 15 for quarter hours. The range must hold a whole number of blocks of m values;
    /// choosing it so each multiple sits mid-block (23–62 for ages) keeps the index unbiased when counts fall steadily.
    /// </summary>
    /// <param name="counts">Counts by whole value.</param>
    /// <param name="lowest">The lowest value of the range (inclusive).</param>
    /// <param name="highest">The highest value of the range (inclusive).</param>
    /// <param name="multiple">m, the spacing of round values (2 or more).</param>
    public static WhippleResult Whipple(IReadOnlyList<ValueCount> counts, int lowest = 23, int highest = 62, int multiple = 5)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(multiple, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(highest, lowest);
        var width = highest - lowest + 1;
        if (width % multiple != 0)
        {
            throw new ArgumentException($"The range {lowest}–{highest} holds {width} values, not a whole number of blocks of {multiple}.", nameof(highest));
        }

        var byValue = Tally(counts, lowest, highest);
        var blocks = width / multiple;
        var roundValues = new DigitFrequency[blocks];
        double total = byValue.Sum(), onRound = 0;
        for (var b = 0; b < blocks; b++)
        {
            double block = 0, atRound = 0;
            var roundValue = 0;
            for (var j = 0; j < multiple; j++)
            {
                var value = lowest + (b * multiple) + j;
                var count = byValue[value - lowest];
                block += count;
                if (value % multiple == 0)
                {
                    atRound = count;
                    roundValue = value;
                }
            }

            onRound += atRound;
            roundValues[b] = new DigitFrequency(roundValue, atRound, block / multiple, total > 0 ? atRound / total : double.NaN, 1.0 / (multiple * blocks));
        }

        var index = total > 0 ? 100.0 * multiple * onRound / total : double.NaN;
        var expected = total / multiple;
        var statistic = total > 0
            ? ((onRound - expected) * (onRound - expected) / expected) + ((onRound - expected) * (onRound - expected) / (total - expected))
            : double.NaN;
        return new WhippleResult(lowest, highest, multiple, index, Classify(index), total, onRound, statistic, 1, ChiSquareFit.UpperTail(statistic, 1), roundValues);
    }

    /// <summary>
    /// Whipple's index over the widest range inside [<paramref name="from"/>, <paramref name="to"/>] made of whole
    /// blocks of m values each centred on its multiple of m (for odd m, v − (m−1)/2 … v + (m−1)/2; for even m,
    /// v − m/2 … v + m/2 − 1). For m = 5 and 23–62 this is the classic range; for durations, give the minutes the
    /// cases span, e.g. 0–600 becomes 3–597.
    /// </summary>
    /// <param name="counts">Counts by whole value.</param>
    /// <param name="from">The lowest value the range may start at.</param>
    /// <param name="to">The highest value the range may end at.</param>
    /// <param name="multiple">m, the spacing of round values (2 or more).</param>
    public static WhippleResult WhippleWithin(IReadOnlyList<ValueCount> counts, int from, int to, int multiple = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(multiple, 2);
        var below = multiple / 2;
        var above = multiple - 1 - below;
        var first = CeilingMultiple(from + below, multiple);
        var last = FloorMultiple(to - above, multiple);
        if (last < first)
        {
            throw new ArgumentException($"No whole block of {multiple} values centred on a multiple of {multiple} fits in {from}–{to}.", nameof(to));
        }

        return Whipple(counts, first - below, last + above, multiple);
    }

    /// <summary>
    /// Myers' blended index over whole decades from <paramref name="lowest"/> (default ages 10–89), as DemoTools'
    /// <c>check_heaping_myers</c> computes it after the PASEX spreadsheet SINGAGE: for the digit in position d of the
    /// decade, the sum over all decades but the last is weighted d + 1 and the sum over all decades but the first is
    /// weighted 9 − d; the index is half the sum of |blended share − 10%| in percentage points.
    /// </summary>
    /// <param name="counts">Counts by whole value.</param>
    /// <param name="lowest">The lowest value (inclusive); the default 10 makes position d the terminal digit d.</param>
    /// <param name="highest">The highest value (inclusive), rounded down to whole decades; at least two decades are needed.</param>
    public static MyersResult Myers(IReadOnlyList<ValueCount> counts, int lowest = 10, int highest = 89)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var decades = (highest - lowest + 1) / 10;
        if (decades < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(highest), highest, "Myers' index needs at least two whole decades of values.");
        }

        var top = lowest + (10 * decades) - 1;
        var byValue = Tally(counts, lowest, top);
        var blended = new double[10];
        for (var d = 0; d < 10; d++)
        {
            double withoutLast = 0, withoutFirst = 0;
            for (var decade = 0; decade < decades; decade++)
            {
                var count = byValue[(10 * decade) + d];
                withoutLast += decade < decades - 1 ? count : 0;
                withoutFirst += decade > 0 ? count : 0;
            }

            blended[d] = (withoutLast * (d + 1)) + (withoutFirst * (9 - d));
        }

        var sum = blended.Sum();
        var digits = Enumerable.Range(0, 10)
            .Select(d => new DigitFrequency(Mod10(lowest + d), blended[d], sum / 10, sum > 0 ? blended[d] / sum : double.NaN, 0.1))
            .OrderBy(f => f.Digit)
            .ToArray();
        var index = sum > 0 ? 50 * digits.Sum(f => Math.Abs(f.ObservedShare - 0.1)) : double.NaN;
        return new MyersResult(lowest, top, index, digits);
    }

    private static double[] Tally(IReadOnlyList<ValueCount> counts, int lowest, int highest)
    {
        var byValue = new double[highest - lowest + 1];
        foreach (var (value, count) in counts)
        {
            if (!double.IsFinite(count) || count < 0)
            {
                throw new ArgumentException($"The count at {value} is {count}; counts must be finite and not negative.", nameof(counts));
            }

            if (value >= lowest && value <= highest)
            {
                byValue[value - lowest] += count;
            }
        }

        return byValue;
    }

    private static int FloorMultiple(int value, int multiple) => (int)Math.Floor(value / (double)multiple) * multiple;

    private static int CeilingMultiple(int value, int multiple) => (int)Math.Ceiling(value / (double)multiple) * multiple;

    private static int Mod10(int value) => ((value % 10) + 10) % 10;

    private static WhippleAccuracy? Classify(double index) => index switch
    {
        double.NaN => null,
        < 105 => WhippleAccuracy.HighlyAccurate,
        < 110 => WhippleAccuracy.FairlyAccurate,
        < 125 => WhippleAccuracy.Approximate,
        < 175 => WhippleAccuracy.Rough,
        _ => WhippleAccuracy.VeryRough,
    };
}
