using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the reclassification detector.</summary>
public sealed record ReclassificationOptions
{
    /// <summary>The default settings.</summary>
    public static ReclassificationOptions Default { get; } = new();

    /// <summary>How many units each side of the target the exempt share by duration is modelled over (default 30).</summary>
    public int Window { get; init; } = 30;

    /// <summary>The fewest cases each side of the target within the window for the threshold test to run (default 200).</summary>
    public int MinimumSideCases { get; init; } = 200;

    /// <summary>
    /// The fewest periods for the test over periods to run (default 10). The test permutes whole periods, so with
    /// few periods even a clean step cannot reach the level: with 10 periods split 5 and 5 the smallest possible
    /// p-value is 1/252.
    /// </summary>
    public int MinimumPeriods { get; init; } = 10;

    /// <summary>The fewest periods each side of a step (default 3), so a single odd period at either end is not a step.</summary>
    public int MinimumSegment { get; init; } = 3;

    /// <summary>
    /// Permutations of the periods for the p-value of the test over periods (default 9,999): the smallest p-value possible
    /// is 1/(B + 1), and it must stay below the level after Holm's correction for the seven tests of a scan (0.01/7).
    /// </summary>
    public int Permutations { get; init; } = 9999;

    /// <summary>The permutations' seed, so the same counts always give the same finding.</summary>
    public int Seed { get; init; } = 1979;

    /// <summary>
    /// The smallest rise in the exempt share worth an alert, in percentage points, for either test (default 3: three
    /// more in every hundred cases recorded in an exempt category; exempt shares are typically a few percent to a few
    /// tens of percent, so three points is a large part of them).
    /// </summary>
    public double PracticalMinimum { get; init; } = 3;

    /// <summary>The coverage of the confidence intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Cases the data layer left out before counting (reported as a caveat; default 0).</summary>
    public long Excluded { get; init; }

    /// <summary>The unit of the durations, for the sentence and the chart (default "minutes").</summary>
    public string Unit { get; init; } = "minutes";

    /// <summary>What a case is called in the sentence (default "cases").</summary>
    public string CaseNoun { get; init; } = "cases";

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
