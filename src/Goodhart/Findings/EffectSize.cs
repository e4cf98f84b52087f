namespace Goodhart.Findings;

/// <summary>
/// The one number that says how big a finding's effect is, oriented so that larger means more of the pattern, with
/// the smallest value that would matter in practice. The practical minimum is a judgement, not a statistic: it keeps
/// a tiny effect in a huge data set from being called an alert just because it is statistically certain.
/// </summary>
/// <param name="Name">What the number is, in plain words.</param>
/// <param name="Value">The estimate (larger means more of the pattern).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="PracticalMinimum">The smallest value worth raising an alert for.</param>
/// <param name="Interval">A confidence interval, or <c>null</c>.</param>
public sealed record EffectSize(string Name, double Value, string Unit, double PracticalMinimum, ConfidenceInterval? Interval = null)
{
    /// <summary>Whether the estimate reaches the practical minimum.</summary>
    public bool IsPractical => Value >= PracticalMinimum;
}
