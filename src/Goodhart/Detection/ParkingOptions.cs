using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the parking detector.</summary>
/// <param name="Target">The threshold and which side of it meets the target.</param>
public sealed record ParkingOptions(DurationTarget Target)
{
    /// <summary>How many units each side of the target the hazard is modelled over (default 30).</summary>
    public int Window { get; init; } = 30;

    /// <summary>
    /// The smallest drop in the completion rate at the target worth an alert, as a share (default 0.20: cases past the
    /// target finish at least a fifth less often per unit than the trend just before it predicts).
    /// </summary>
    public double PracticalMinimum { get; init; } = 0.20;

    /// <summary>The fewest completions each side of the target within the window for the test to run (default 100).</summary>
    public int MinimumCompletions { get; init; } = 100;

    /// <summary>The coverage of the confidence intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>What a case is called in the sentence (default "cases").</summary>
    public string CaseNoun { get; init; } = "cases";

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
