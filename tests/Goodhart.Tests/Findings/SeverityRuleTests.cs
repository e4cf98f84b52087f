using Goodhart.Findings;

namespace Goodhart.Tests.Findings;

public sealed class SeverityRuleTests
{
    private static readonly EffectSize Large = new("excess share", 0.25, "", 0.10); // 0.25 ≥ 0.10: practical
    private static readonly EffectSize Small = new("excess share", 0.04, "", 0.10); // 0.04 < 0.10: not practical

    [Theory]
    [InlineData(0.001, true, Severity.Alert)]   // convincing and sizeable
    [InlineData(0.001, false, Severity.Watch)]  // convincing but small
    [InlineData(0.2, true, Severity.Watch)]     // sizeable but could be noise
    [InlineData(0.2, false, Severity.Clear)]    // neither
    [InlineData(0.01, true, Severity.Watch)]    // the level is strict: p must fall below 0.01
    public void Classify_DefaultRule_FollowsTheTwoConditions(double p, bool large, Severity expected) =>
        Assert.Equal(expected, SeverityRule.Default.Classify(p, large ? Large : Small));

    [Fact]
    public void Classify_NoPValue_NotEnoughDataNeverClear()
    {
        Assert.Equal(Severity.NotEnoughData, SeverityRule.Default.Classify(null, Large));
        Assert.Equal(Severity.NotEnoughData, SeverityRule.Default.Classify(double.NaN, Large));
        Assert.Equal(Severity.NotEnoughData, SeverityRule.Default.Classify(0.5, null));
    }

    [Fact]
    public void Classify_LooserLevel_Alerts() =>
        Assert.Equal(Severity.Alert, new SeverityRule(0.05).Classify(0.03, Large));

    [Fact]
    public void Classify_EffectExactlyAtMinimum_IsPractical() =>
        Assert.Equal(Severity.Alert, SeverityRule.Default.Classify(0.001, Large with { Value = 0.10 }));

    [Fact]
    public void Classify_LevelOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityRule(1.5).Classify(0.1, Large));
}
