namespace Goodhart.Findings;

/// <summary>One named number behind a finding, in its own unit, with its uncertainty when it has one.</summary>
/// <param name="Name">What the number is, in plain words (e.g. "excess cases in the 10 minutes before the target").</param>
/// <param name="Value">The estimate.</param>
/// <param name="Unit">Its unit (e.g. "cases", "minutes", "ratio", "%"); empty for a pure number.</param>
/// <param name="Interval">A confidence interval, or <c>null</c> when the number is exact or has none.</param>
public sealed record Evidence(string Name, double Value, string Unit, ConfidenceInterval? Interval = null);
