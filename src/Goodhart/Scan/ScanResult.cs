using Goodhart.Findings;

namespace Goodhart.Scan;

/// <summary>The outcome of a gaming scan.</summary>
/// <param name="Findings">One finding per code of <see cref="ScanCodes.All"/>, in that order, p-values adjusted together.</param>
/// <param name="Tests">How many findings had a p-value and so were corrected for together (Holm's m).</param>
/// <param name="Counted">The cases counted.</param>
/// <param name="Excluded">The cases left out.</param>
/// <param name="Warnings">What the user should know about the data, in plain words.</param>
public sealed record ScanResult(IReadOnlyList<Finding> Findings, int Tests, long Counted, long Excluded, IReadOnlyList<string> Warnings)
{
    /// <summary>The finding with <paramref name="code"/>.</summary>
    /// <param name="code">One of <see cref="ScanCodes.All"/>.</param>
    public Finding this[string code] => Findings.FirstOrDefault(f => f.Code == code)
        ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Not a finding of the gaming scan.");

    /// <summary>The most severe finding that claims something: alert, then watch; <c>null</c> when every test is clear or could not run.</summary>
    public Severity? Highest => Findings.Any(f => f.Severity == Severity.Alert) ? Severity.Alert
        : Findings.Any(f => f.Severity == Severity.Watch) ? Severity.Watch
        : null;
}
