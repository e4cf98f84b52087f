using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the rushing detector. The defaults suit minutes around an hours-long target.</summary>
/// <param name="Target">The threshold and which side of it meets the target.</param>
public sealed record RushingOptions(DurationTarget Target)
{
    /// <summary>How many units just inside the target make up the bunching window (default 10: the ten minutes before four hours).</summary>
    public int Window { get; init; } = 10;

    /// <summary>How many units each side of the target the counterfactual polynomial is fitted over (default 60).</summary>
    public int Span { get; init; } = 60;

    /// <summary>The degree of the counterfactual polynomial (default 7: flexible enough for a skewed duration curve over two hours, far below the 100-odd bins it is fitted to).</summary>
    public int PolynomialDegree { get; init; } = 7;

    /// <summary>
    /// Units just past the target left out of placebo fits (default 30), so that the real threshold's excess and the
    /// hole it leaves above do not bend a placebo's counterfactual.
    /// </summary>
    public int HoleWidth { get; init; } = 30;

    /// <summary>How many units each side of the target the density test sees (default 120; the test is local, and its bandwidth is chosen within this).</summary>
    public int DensitySpan { get; init; } = 120;

    /// <summary>Offsets of the placebo thresholds from the real one (default −60, −30, +30, +60 units).</summary>
    public IReadOnlyList<int> PlaceboOffsets { get; init; } = [-60, -30, 30, 60];

    /// <summary>Bootstrap replicates for the excess's standard error and interval (default 400; at least 20).</summary>
    public int BootstrapReplicates { get; init; } = 400;

    /// <summary>The bootstrap's seed, so the same histogram always gives the same finding.</summary>
    public int Seed { get; init; } = 20111;

    /// <summary>
    /// The smallest excess worth an alert, as a share of the cases expected in the window (default 0.10: one in ten
    /// more cases than the smooth curve predicts in the window).
    /// </summary>
    public double PracticalMinimum { get; init; } = 0.10;

    /// <summary>The fewest cases the bunching window must hold for the test to run (default 100).</summary>
    public int MinimumWindowCases { get; init; } = 100;

    /// <summary>The fewest cases the whole fitted span must hold (default 1,000).</summary>
    public int MinimumSpanCases { get; init; } = 1000;

    /// <summary>What a case is called in the sentence (default "cases"; e.g. "patients").</summary>
    public string CaseNoun { get; init; } = "cases";

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
