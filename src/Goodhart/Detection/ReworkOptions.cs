using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>The settings of the rework detector. The window follows <see cref="RushingOptions"/>, so the two findings look at the same cases.</summary>
public sealed record ReworkOptions
{
    /// <summary>The default settings.</summary>
    public static ReworkOptions Default { get; } = new();

    /// <summary>How many units just inside the target make up the window (default 10: the ten minutes before four hours).</summary>
    public int Window { get; init; } = 10;

    /// <summary>How many units each side of the target the trend of the repeat rate is fitted over (default 60).</summary>
    public int Span { get; init; } = 60;

    /// <summary>The degree of the polynomial in duration on the log-odds scale (default 2: a curve, with few enough terms that the window cannot be fitted away).</summary>
    public int PolynomialDegree { get; init; } = 2;

    /// <summary>
    /// The smallest excess repeat rate in the window worth an alert, in percentage points (default 2: two more repeat
    /// contacts in every hundred cases closed in the window than the trend predicts). Points rather than a ratio,
    /// because what matters is how many people come back: a doubling of a 1% rate is one person in a hundred.
    /// </summary>
    public double PracticalMinimum { get; init; } = 2;

    /// <summary>The fewest cases the window must hold for the test to run (default 100).</summary>
    public int MinimumWindowCases { get; init; } = 100;

    /// <summary>The fewest cases the rest of the span must hold (default 1,000).</summary>
    public int MinimumSpanCases { get; init; } = 1000;

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
