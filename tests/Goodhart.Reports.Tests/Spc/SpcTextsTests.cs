using Goodhart.Reports.Spc;
using Goodhart.Spc;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcTextsTests
{
    [Fact]
    public void AssuranceSentence_FailWithIncrease_PutsTheTargetAboveTheUpperLimit()
    {
        var text = SpcTexts.AssuranceSentence(AssuranceVerdict.ConsistentlyFail, ImprovementDirection.Increase);

        Assert.Equal("The target lies above the upper limit: without a change to the system it will be missed nearly every period, whatever the pressure.", text);
    }

    [Fact]
    public void AssuranceSentence_FailWithDecrease_PutsTheTargetBelowTheLowerLimit()
    {
        var text = SpcTexts.AssuranceSentence(AssuranceVerdict.ConsistentlyFail, ImprovementDirection.Decrease);

        Assert.StartsWith("The target lies below the lower limit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AssuranceSentence_HitAndMiss_SaysMissesAreNoise()
    {
        var text = SpcTexts.AssuranceSentence(AssuranceVerdict.HitAndMiss, ImprovementDirection.Increase);

        Assert.Contains("reacting to single misses is reacting to noise", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VariationVerdict.SpecialCauseConcern, SignalSide.Low, "Special cause — concern (low)")]
    [InlineData(VariationVerdict.SpecialCauseImprovement, SignalSide.High, "Special cause — improvement (high)")]
    [InlineData(VariationVerdict.CommonCause, SignalSide.None, "Common cause")]
    public void VariationTitle_VerdictAndSide_NamesBoth(VariationVerdict verdict, SignalSide side, string expected)
    {
        Assert.Equal(expected, SpcTexts.VariationTitle(verdict, side));
    }

    [Fact]
    public void VariationSentence_EveryVerdict_IsNotEmpty()
    {
        foreach (var verdict in Enum.GetValues<VariationVerdict>())
        {
            Assert.False(string.IsNullOrWhiteSpace(SpcTexts.VariationSentence(verdict, ImprovementDirection.Increase)));
        }
    }

    [Theory]
    [InlineData(SignalSide.High, "part of an upward signal in the worrying direction (lower is better)")]
    [InlineData(SignalSide.Low, "part of a downward signal in the worrying direction (lower is better)")]
    [InlineData(SignalSide.None, "part of a signal in the worrying direction (lower is better)")]
    public void VariationSentence_Concern_NamesTheSideAndTheBetterWay(SignalSide side, string expected)
    {
        var text = SpcTexts.VariationSentence(VariationVerdict.SpecialCauseConcern, ImprovementDirection.Decrease, side);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleLegend_Mdc_DescribesFourRules()
    {
        var legend = SpcTexts.RuleLegend(SpcRuleOptions.Mdc);

        Assert.Equal(["beyond-limits", "shift", "trend", "two-of-three"], legend.Select(l => l.Id));
        Assert.All(legend, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
    }
}
