using Goodhart.Detection;
using Goodhart.Findings;

namespace Goodhart.Scan;

/// <summary>
/// The gaming scan: every detector run on the summaries of one case log, their p-values adjusted together with Holm's
/// method (<see cref="MultipleTesting.Holm(IReadOnlyList{double})"/>) and each severity decided again from the adjusted
/// p-value by the detector's own rule. With seven tests in a scan, one that would alert on its own may only reach watch:
/// the correction keeps the chance of any false alert across the scan at the rule's level.
/// </summary>
public static class GamingScan
{
    /// <summary>Runs the scan.</summary>
    /// <param name="input">The summaries computed, each with the reason when absent.</param>
    /// <param name="options">The target and the detectors' settings.</param>
    /// <returns>Seven findings in the order of <see cref="ScanCodes.All"/>; a detector whose summary is absent gives <see cref="Severity.NotEnoughData"/>, never <see cref="Severity.Clear"/>.</returns>
    public static ScanResult Run(ScanInput input, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        Finding[] raw =
        [
            Rushing(input, options),
            Parking(input, options),
            PretendNumbers(input, options),
            StoringUp(input, options),
            Reclassification(input, options),
            CherryPicking(input, options),
            Rework(input, options),
        ];
        var (findings, tests) = Adjust(raw, options);
        return new ScanResult(Reconcile(findings), tests, input.Counted, input.Excluded, input.Warnings);
    }

    /// <summary>
    /// One behaviour is not reported as two accusations. Cases hurried out just before the target are missing just
    /// after it, so rushing alone lowers the completion rate past the target: next to a rushing alert, a parking alert
    /// cannot be told apart from the hole rushing leaves, and parking is held at watch with a caveat saying so.
    /// </summary>
    internal static IReadOnlyList<Finding> Reconcile(IReadOnlyList<Finding> findings)
    {
        var rushing = findings.FirstOrDefault(f => f.Code == ScanCodes.Rushing);
        if (rushing?.Severity != Severity.Alert)
        {
            return findings;
        }

        return [.. findings.Select(f => f.Code == ScanCodes.Parking && f.Severity == Severity.Alert
            ? f with
            {
                Severity = Severity.Watch,
                CanAlert = false,
                Caveats = [.. f.Caveats, RushingHole],
            }
            : f)];
    }

    private const string RushingHole =
        "Held at watch because rushing alerted in the same data: the cases hurried out just before the target are missing just after it, which lowers the completion rate past the target by itself. Look into rushing first; parking is only separate evidence if the rate stays low well beyond the rushing window.";

    /// <summary>
    /// Holm's adjustment across the findings whose test ran, and each severity classified again from its adjusted
    /// p-value with the rule of its detector and its <see cref="Finding.CanAlert"/>. Findings whose test could not run
    /// keep <see cref="Severity.NotEnoughData"/> and do not count as tests.
    /// </summary>
    internal static (IReadOnlyList<Finding> Findings, int Tests) Adjust(IReadOnlyList<Finding> findings, ScanOptions options)
    {
        var raw = findings.Select(f => f.Severity != Severity.NotEnoughData && f.PValue is { } p && double.IsFinite(p) ? p : double.NaN).ToArray();
        var adjusted = MultipleTesting.Holm(raw);
        var result = new Finding[findings.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var finding = findings[i];
            result[i] = double.IsNaN(adjusted[i])
                ? finding with { AdjustedPValue = null, Severity = Severity.NotEnoughData }
                : finding with { AdjustedPValue = adjusted[i], Severity = options.RuleFor(finding.Code).Classify(adjusted[i], finding.Effect, finding.CanAlert) };
        }

        return (result, raw.Count(p => !double.IsNaN(p)));
    }

    private static Finding Rushing(ScanInput input, ScanOptions options) => input.Histogram.Value is { } histogram
        ? RushingDetector.Detect(histogram, options.Rushing)
        : NotRun(ScanCodes.Rushing, input.Histogram.Reason!);

    private static Finding Parking(ScanInput input, ScanOptions options) => input.Histogram.Value is { } histogram
        ? ParkingDetector.Detect(histogram, options.Parking)
        : NotRun(ScanCodes.Parking, input.Histogram.Reason!);

    private static Finding PretendNumbers(ScanInput input, ScanOptions options) => input.Histogram.Value is { } histogram
        ? PretendNumbersDetector.Detect(histogram, options.PretendNumbers)
        : NotRun(ScanCodes.PretendNumbers, input.Histogram.Reason!);

    private static Finding StoringUp(ScanInput input, ScanOptions options) => input.PeriodDays.Value is { } days
        ? StoringUpDetector.Detect(days, options.StoringUp)
        : NotRun(ScanCodes.StoringUp, input.PeriodDays.Reason!);

    private static Finding Reclassification(ScanInput input, ScanOptions options)
    {
        if (input.PeriodCategories.Value is not { } periods)
        {
            return NotRun(ScanCodes.Reclassification, input.PeriodCategories.Reason!);
        }

        return input.DurationExempt.Value is { } durations
            ? ReclassificationDetector.Detect(periods, durations, input.Exempt, options.Target, options.Reclassification)
            : NotRun(ScanCodes.Reclassification, input.DurationExempt.Reason!);
    }

    private static Finding CherryPicking(ScanInput input, ScanOptions options) => input.Overtaking.Value is { } counts
        ? CherryPickingDetector.Detect(counts, options.CherryPicking)
        : NotRun(ScanCodes.CherryPicking, input.Overtaking.Reason!);

    private static Finding Rework(ScanInput input, ScanOptions options) => input.RepeatContacts.Value is { } counts
        ? ReworkDetector.Detect(counts, options.Target, options.Rework)
        : NotRun(ScanCodes.Rework, input.RepeatContacts.Reason!);

    private static Finding NotRun(string code, string reason) => Finding.NotEnoughData(code, ScanCodes.Title(code), reason);
}
