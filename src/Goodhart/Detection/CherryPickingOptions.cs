using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the cherry-picking detector.</summary>
public sealed record CherryPickingOptions
{
    /// <summary>The default settings.</summary>
    public static CherryPickingOptions Default { get; } = new();

    /// <summary>
    /// The fewest periods the test needs (default 10). The test permutes whole periods, so with few periods even a
    /// clean step cannot reach the level: with 10 periods split 5 and 5 the smallest possible p-value is 1/252.
    /// </summary>
    public int MinimumPeriods { get; init; } = 10;

    /// <summary>The fewest periods each side of a step (default 3), so a single odd period at either end is not a step.</summary>
    public int MinimumSegment { get; init; } = 3;

    /// <summary>The fewest cases over all periods and classes (default 500).</summary>
    public int MinimumCases { get; init; } = 500;

    /// <summary>
    /// Permutations of the periods for the p-value (default 9,999): the smallest p-value possible is 1/(B + 1), and it must
    /// stay below the level after Holm's correction for the seven tests of a scan (0.01/7).
    /// </summary>
    public int Permutations { get; init; } = 9999;

    /// <summary>The permutations' seed, so the same counts always give the same finding.</summary>
    public int Seed { get; init; } = 1959;

    /// <summary>
    /// The smallest rise in the overtaking rate within priority class worth an alert, in percentage points (default 5:
    /// five more in every hundred waiting cases passed by a later arrival of their own class; some overtaking is
    /// always there because cases differ in work, so a few points of drift are not worth a question).
    /// </summary>
    public double PracticalMinimum { get; init; } = 5;

    /// <summary>The coverage of the confidence intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Cases the data layer left out before counting (reported as a caveat; default 0).</summary>
    public long Excluded { get; init; }

    /// <summary>What a case is called in the sentence (default "cases").</summary>
    public string CaseNoun { get; init; } = "cases";

    /// <summary>The severity rule (default <see cref="SeverityRule.Default"/>).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;
}
