using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the storing-up detector.</summary>
public sealed record StoringUpOptions
{
    /// <summary>The default settings.</summary>
    public static StoringUpOptions Default { get; } = new();

    /// <summary>How many days at the end of each period count as late (default 3).</summary>
    public int LastDays { get; init; } = 3;

    /// <summary>The fewest complete periods the test needs (default 6).</summary>
    public int MinimumPeriods { get; init; } = 6;

    /// <summary>
    /// The smallest rise in daily throughput late in the period worth an alert, as a share (default 0.20: a fifth more
    /// cases completed per day in the last days than on the others).
    /// </summary>
    public double PracticalMinimum { get; init; } = 0.20;

    /// <summary>The coverage of the confidence intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>What a case is called in the sentence (default "cases").</summary>
    public string CaseNoun { get; init; } = "cases";

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
