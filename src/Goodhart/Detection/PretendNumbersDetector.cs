using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Statistics.Digits;

namespace Goodhart.Detection;

/// <summary>
/// Pretend numbers: durations written down rather than recorded — "about 4 hours", "left at half past" — heap on round
/// values. The detector measures heaping on multiples of 5 units with Whipple's index (Shryock &amp; Siegel 1976) and
/// on multiples of 10, and tests whether last digits are uniform (the terminal-digit test; Mosimann, Wiseman &amp;
/// Edelman 1995), all from the one-unit histogram.
/// </summary>
/// <remarks>
/// The headline is Whipple's index for multiples of 5 over the central durations (between the
/// <see cref="PretendNumbersOptions.LowerQuantile"/> and <see cref="PretendNumbersOptions.UpperQuantile"/>), in blocks of
/// five values centred on each multiple, so a steadily rising or falling curve does not bias it. Its test is Pearson's
/// χ² of on- against off-round cases made one-sided (only an excess is heaping). The terminal-digit test and the index
/// for multiples of 10 are reported beside it. The effect is the index minus 100, as a share: 0.30 means 30% more
/// cases on multiples of 5 than a smooth curve gives them.
/// </remarks>
public static class PretendNumbersDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "pretend-numbers";

    private const string Title = "Pretend numbers: durations heaped on round values";

    /// <summary>Looks for heaping and digit preference in a duration histogram.</summary>
    /// <param name="histogram">Cases by whole duration.</param>
    /// <param name="options">The settings; <c>null</c> for <see cref="PretendNumbersOptions.Default"/>.</param>
    /// <returns>A finding with code "pretend-numbers".</returns>
    public static Finding Detect(DurationHistogram histogram, PretendNumbersOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        options ??= PretendNumbersOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.LowerQuantile >= 0 && options.LowerQuantile < options.UpperQuantile && options.UpperQuantile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The quantiles must satisfy 0 ≤ lower < upper ≤ 1.");
        }

        var counts = DenseCounts.From(histogram);
        var unit = histogram.Unit;
        var from = counts.Total > 0 ? counts.Quantile(options.LowerQuantile) : 0;
        var to = counts.Total > 0 ? counts.Quantile(options.UpperQuantile) : 0;

        // Whole decades inside the range for the last-digit test, so each digit has the same number of values.
        var decadeFrom = (long)Math.Ceiling(from / 10.0) * 10;
        var decadeTo = ((long)Math.Floor((to + 1) / 10.0) * 10) - 1;
        var inRange = counts.Between(from, to);
        if (to - from + 1 < Math.Max(options.MinimumSpan, 20) || decadeTo < decadeFrom || inRange < options.MinimumCases || to > int.MaxValue)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"The central durations span {Wording.Units(from, unit)} to {Wording.Units(to, unit)} and hold {Wording.Count(inRange)} cases; the test needs at least {Math.Max(options.MinimumSpan, 20)} {unit} and {options.MinimumCases} cases.",
                [new Evidence("cases counted", counts.Total, "cases")]);
        }

        var values = new List<ValueCount>();
        for (var t = from; t <= to; t++)
        {
            values.Add(new ValueCount((int)t, counts.At(t)));
        }

        var fives = HeapingIndex.WhippleWithin(values, (int)from, (int)to, 5);
        var tens = HeapingIndex.WhippleWithin(values, (int)from, (int)to, 10);
        var digits = new double[10];
        for (var t = decadeFrom; t <= decadeTo; t++)
        {
            digits[t % 10] += counts.At(t);
        }

        var terminal = TerminalDigitTest.FromCounts(digits);
        var excess = (fives.Index / 100) - 1;
        var p = fives.Index > 100 ? fives.PValue / 2 : 1 - (fives.PValue / 2);
        var onFive = digits[0] + digits[5];
        var digitTotal = digits.Sum();
        var evidence = new List<Evidence>
        {
            new($"Whipple's index for multiples of 5, {Wording.Units(fives.Lowest, unit)} to {Wording.Units(fives.Highest, unit)} (100 = fair share)", fives.Index, "index"),
            new("cases on multiples of 5 above their fair share", excess, "share"),
            new("Whipple's index for multiples of 10 (100 = fair share)", tens.Index, "index"),
            new("share of durations ending in 0 or 5 (0.2 without heaping)", digitTotal > 0 ? onFive / digitTotal : double.NaN, "share"),
            new("terminal-digit test χ² (9 degrees of freedom)", terminal.ChiSquare, "χ²"),
            new("terminal-digit test p-value", terminal.PValue, "p"),
            new("heaping test p-value (one-sided)", p, "p"),
        };
        var caveats = new List<string>
        {
            "Heaping shows that durations were rounded or written down rather than recorded; it does not show that they were changed to meet the target. A clock or form that only takes whole 5 minutes heaps every value the same way.",
            "Heaped durations are less precise than they look, so the rushing and parking findings on the same data lean on round values; both allow for them with their own terms.",
        };

        if (Wording.Excluded(histogram.Excluded, "cases") is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        var effect = new EffectSize("cases on multiples of 5 above their fair share", excess, "share", options.PracticalMinimum);
        var severity = options.Rule.Classify(p, effect);
        var sentence = excess >= 0.005
            ? $"{Wording.Percent(excess)} more durations than a smooth curve gives were recorded as multiples of 5 {unit} (Whipple's index {Wording.Number(fives.Index, 0)}); {Wording.Percent(onFive / digitTotal)} end in 0 or 5, where about 20% would."
            : $"Durations are not heaped on multiples of 5 {unit} (Whipple's index {Wording.Number(fives.Index, 0)}, where 100 is a fair share).";
        var expected = fives.RoundValues.ToDictionary(r => r.Digit, r => r.Expected);
        var chart = new HistogramChart(
            "Cases by duration, with the count each round value would get from its neighbours",
            unit,
            [.. values.Where(v => v.Value >= fives.Lowest && v.Value <= fives.Highest).Select(v => new HistogramBar(v.Value, v.Count, expected.TryGetValue(v.Value, out var e) ? e : null))],
            null);
        return new Finding(Code, Title, severity, effect, evidence, p, p, sentence, caveats, chart);
    }
}
