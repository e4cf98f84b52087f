using System.Globalization;
using Goodhart.Findings;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Scan;

/// <summary>The words and number formats of the gaming-scan report, shared by the document, the JSON and the console.</summary>
public static class ScanTexts
{
    /// <summary>What the scan does and does not claim, said once at the top of every report.</summary>
    public const string Purpose =
        "The gaming scan looks for the marks a time target can leave in case data: cases hurried out just before the threshold, " +
        "cases left alone once they have missed it, durations written down as round numbers, work held back and cleared at the end " +
        "of each period, cases moved into exempt categories, easy cases served first, and cases closed early that come back. " +
        "A mark is a reason to ask how the work was done, not proof of misconduct: every finding lists the innocent explanations we know of.";

    /// <summary>How severity follows from the numbers, in plain words.</summary>
    public const string SeverityRule =
        "A finding is an alert only when the pattern is both convincing (adjusted p below 0.01) and big enough to matter (the effect at or above " +
        "its practical minimum); one without the other is watch, neither is clear. Not enough data means the test could not run: " +
        "it is never a clean bill of health.";

    /// <summary>What the adjusted p-value means, in plain words.</summary>
    public const string AdjustedPMeaning =
        "Adjusted p: how often data with no such pattern would look at least this extreme, after allowing for every test the scan ran together " +
        "(Holm's method). The more tests, the stronger each one has to be. Small means convincing; it says nothing about how big the pattern is.";

    /// <summary>What the effect size means, in plain words.</summary>
    public const string EffectMeaning =
        "Effect: one number saying how big the pattern is, with a 95% interval (the range of sizes the data are consistent with). " +
        "The practical minimum is the smallest effect worth an alert, so that a trivial pattern in a very large data set is not raised just because it is certain.";

    /// <summary>The severity as a word.</summary>
    /// <param name="severity">The severity.</param>
    public static string Severity(Severity severity) => severity switch
    {
        Findings.Severity.Alert => "alert",
        Findings.Severity.Watch => "watch",
        Findings.Severity.Clear => "clear",
        _ => "not enough data",
    };

    /// <summary>The severity as a JSON value (<c>clear</c>, <c>watch</c>, <c>alert</c>, <c>not-enough-data</c>).</summary>
    /// <param name="severity">The severity.</param>
    public static string SeverityId(Severity severity) => severity == Findings.Severity.NotEnoughData ? "not-enough-data" : Severity(severity);

    /// <summary>The colour of a severity.</summary>
    /// <param name="severity">The severity.</param>
    public static Tone ToneOf(Severity severity) => severity switch
    {
        Findings.Severity.Alert => Tone.Severe,
        Findings.Severity.Watch => Tone.Moderate,
        Findings.Severity.Clear => Tone.Low,
        _ => Tone.Neutral,
    };

    /// <summary>A value in its unit: shares as percentages, percentage points as "pts", counts whole, p-values to three places, ratios to two.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">Its unit as the detector gave it.</param>
    public static string Value(double value, string unit)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }

        return unit switch
        {
            "share" => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            "percentage points" => value.ToString("0.0", CultureInfo.InvariantCulture) + " pts",
            "p" => P(value),
            "cases" or "periods" or "repeats" or "classes" => value.ToString("N0", CultureInfo.InvariantCulture),
            "index" => value.ToString("0.0", CultureInfo.InvariantCulture),
            _ => value.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A p-value: "&lt; 0.001" when tiny, else three decimals.</summary>
    /// <param name="p">The p-value, or <c>null</c>.</param>
    public static string P(double? p) => p switch
    {
        null => "–",
        { } v when double.IsNaN(v) => "–",
        < 0.001 => "< 0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>An interval in its unit, e.g. "12.0% to 30.5%"; "–" when there is none.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="unit">The unit.</param>
    public static string Interval(ConfidenceInterval? interval, string unit) =>
        interval is { } i ? $"{Value(i.Lower, unit)} to {Value(i.Upper, unit)}" : "–";

    /// <summary>What a finding's adjusted p-value says, with its numbers.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="tests">How many tests were adjusted together.</param>
    public static string AdjustedPReading(Finding finding, int tests)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.AdjustedPValue is not { } adjusted)
        {
            return "The test did not run, so there is no p-value.";
        }

        var chance = adjusted < 0.001 ? "less than 1 in 1,000" : $"about {(adjusted * 100).ToString(adjusted < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture)}%";
        var verdict = adjusted < 0.01 ? "convincing" : "not convincing at the 0.01 level";
        return $"Adjusted p {Is(adjusted)} (raw p {Is(finding.PValue)}, corrected for {tests} test{(tests == 1 ? string.Empty : "s")}): " +
            $"data with no such pattern would look at least this extreme in {chance} of scans; {verdict}.";
    }

    private static string Is(double? p) => p is < 0.001 ? P(p) : "= " + P(p);

    /// <summary>What a finding's effect says, with its numbers.</summary>
    /// <param name="effect">The effect, or <c>null</c> when the test did not run.</param>
    public static string EffectReading(EffectSize? effect)
    {
        if (effect is null)
        {
            return "The test did not run, so there is no effect size.";
        }

        var interval = effect.Interval is { } i ? $" (95% interval {Interval(i, effect.Unit)})" : string.Empty;
        var practical = effect.IsPractical ? "reaches" : "is below";
        return $"Effect: {effect.Name} = {Value(effect.Value, effect.Unit)}{interval}; it {practical} the practical minimum of {Value(effect.PracticalMinimum, effect.Unit)}.";
    }
}
