namespace Goodhart.Findings;

/// <summary>
/// The one shape every analysis result takes: what was looked for, how loudly it speaks, the numbers behind it, a
/// plain sentence in the data's own units, what it cannot tell, and optionally the data for a chart. Reports and pages
/// render findings; they never compute.
/// </summary>
/// <param name="Code">A stable identifier of the analysis (e.g. "rushing").</param>
/// <param name="Title">A short heading for people.</param>
/// <param name="Severity">Clear, watch, alert, or not enough data.</param>
/// <param name="Effect">The headline effect size with its practical minimum; <c>null</c> when the test could not run.</param>
/// <param name="Evidence">Every number behind the finding, each with its unit and interval.</param>
/// <param name="PValue">The test's own p-value; <c>null</c> when the test could not run.</param>
/// <param name="AdjustedPValue">The p-value after correcting for the other tests of the same scan (Holm); equal to <see cref="PValue"/> for a finding on its own.</param>
/// <param name="Sentence">One plain-language sentence in the data's own units.</param>
/// <param name="Caveats">What the finding cannot tell, and anything that weakens it.</param>
/// <param name="Chart">The data for a chart, or <c>null</c>.</param>
/// <param name="CanAlert">
/// False when the detector found a reason the pattern may be the data's own shape (e.g. the same excess at placebo
/// thresholds); the finding then stays at <see cref="Severity.Watch"/> at most, whatever its p-value and effect.
/// </param>
public sealed record Finding(
    string Code,
    string Title,
    Severity Severity,
    EffectSize? Effect,
    IReadOnlyList<Evidence> Evidence,
    double? PValue,
    double? AdjustedPValue,
    string Sentence,
    IReadOnlyList<string> Caveats,
    ChartData? Chart = null,
    bool CanAlert = true)
{
    /// <summary>A finding for a test that could not run, with the reason as its sentence.</summary>
    /// <param name="code">The analysis's code.</param>
    /// <param name="title">The analysis's title.</param>
    /// <param name="reason">Why the test could not run, in plain words.</param>
    /// <param name="evidence">Whatever counts were seen, to show how far short the data fell.</param>
    public static Finding NotEnoughData(string code, string title, string reason, IReadOnlyList<Evidence>? evidence = null) =>
        new(code, title, Severity.NotEnoughData, null, evidence ?? [], null, null, reason, ["The test could not run, so this is not evidence that the pattern is absent."]);
}
