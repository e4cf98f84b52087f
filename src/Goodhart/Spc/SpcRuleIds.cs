namespace Goodhart.Spc;

/// <summary>The stable ids of the rules, as written in CSV and JSON output.</summary>
public static class SpcRuleIds
{
    /// <summary>Id of <see cref="SpcRule.BeyondLimits"/>.</summary>
    public const string BeyondLimits = "beyond-limits";

    /// <summary>Id of <see cref="SpcRule.Shift"/>.</summary>
    public const string Shift = "shift";

    /// <summary>Id of <see cref="SpcRule.Trend"/>.</summary>
    public const string Trend = "trend";

    /// <summary>Id of <see cref="SpcRule.TwoOfThree"/>.</summary>
    public const string TwoOfThree = "two-of-three";

    /// <summary>Id of <see cref="SpcRule.LongRun"/>.</summary>
    public const string LongRun = "long-run";

    /// <summary>Id of <see cref="SpcRule.FewCrossings"/>.</summary>
    public const string FewCrossings = "few-crossings";

    private static readonly (SpcRule Rule, string Id)[] All =
    [
        (SpcRule.BeyondLimits, BeyondLimits),
        (SpcRule.Shift, Shift),
        (SpcRule.Trend, Trend),
        (SpcRule.TwoOfThree, TwoOfThree),
        (SpcRule.LongRun, LongRun),
        (SpcRule.FewCrossings, FewCrossings),
    ];

    // Every combination of the six flags, computed once, so a point's ids cost no allocation.
    private static readonly string[][] Combinations = BuildCombinations();

    /// <summary>The ids of the rules set in <paramref name="rules"/>, in a fixed order.</summary>
    /// <param name="rules">Rule flags.</param>
    public static IReadOnlyList<string> Of(SpcRule rules) => Combinations[(int)rules & 63];

    /// <summary>The ids joined with a separator, e.g. <c>beyond-limits;trend</c>; empty when no rule fired.</summary>
    /// <param name="rules">Rule flags.</param>
    /// <param name="separator">The separator, <c>;</c> by default.</param>
    public static string Join(SpcRule rules, string separator = ";") => string.Join(separator, Of(rules));

    /// <summary>The flag of an id, or <c>null</c> when the id is unknown.</summary>
    /// <param name="id">A rule id such as <c>shift</c>.</param>
    public static SpcRule? Parse(string id)
    {
        foreach (var (rule, name) in All)
        {
            if (string.Equals(name, id, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    private static string[][] BuildCombinations()
    {
        var result = new string[64][];
        for (var mask = 0; mask < 64; mask++)
        {
            result[mask] = All.Where(r => (mask & (int)r.Rule) != 0).Select(r => r.Id).ToArray();
        }

        return result;
    }
}
