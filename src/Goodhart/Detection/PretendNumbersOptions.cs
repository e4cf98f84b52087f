using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the pretend-numbers detector.</summary>
public sealed record PretendNumbersOptions
{
    /// <summary>The default settings.</summary>
    public static PretendNumbersOptions Default { get; } = new();

    /// <summary>The share of cases left out at the short end before looking (default 0.01), where durations are few and the curve steep.</summary>
    public double LowerQuantile { get; init; } = 0.01;

    /// <summary>The share of cases kept at the long end (default 0.99).</summary>
    public double UpperQuantile { get; init; } = 0.99;

    /// <summary>
    /// The smallest heaping worth an alert: cases on multiples of 5 above their fair share, as a share of it (default
    /// 0.10, a Whipple index of 110, where the United Nations' scale stops calling the data "highly accurate").
    /// </summary>
    public double PracticalMinimum { get; init; } = 0.10;

    /// <summary>The fewest cases the range must hold (default 500).</summary>
    public int MinimumCases { get; init; } = 500;

    /// <summary>The fewest whole units the range must span (default 20: four blocks of 5).</summary>
    public int MinimumSpan { get; init; } = 20;

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
