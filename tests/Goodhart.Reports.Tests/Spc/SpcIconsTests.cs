using Goodhart.Reports.Spc;
using Goodhart.Spc;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcIconsTests
{
    [Fact]
    public void Variation_ConcernLow_IsAnOrangeLWithADownArrow()
    {
        var svg = SpcIcons.Variation(VariationVerdict.SpecialCauseConcern, SignalSide.Low);

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains(SpcPalette.Concern, svg, StringComparison.Ordinal);
        Assert.Contains(">L</text>", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Special cause — concern (low)\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Variation_CommonCause_IsAGreyFlatLine()
    {
        var svg = SpcIcons.Variation(VariationVerdict.CommonCause, SignalSide.None);

        Assert.Contains(SpcPalette.CommonCause, svg, StringComparison.Ordinal);
        Assert.Contains("M8 16H24", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<text", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AssuranceVerdict.ConsistentlyPass, SpcPalette.Improvement, ">P</text>")]
    [InlineData(AssuranceVerdict.ConsistentlyFail, SpcPalette.Concern, ">F</text>")]
    [InlineData(AssuranceVerdict.HitAndMiss, SpcPalette.CommonCause, "<path")]
    public void Assurance_Verdict_HasItsColourAndSign(AssuranceVerdict verdict, string colour, string sign)
    {
        var svg = SpcIcons.Assurance(verdict);

        Assert.Contains(colour, svg, StringComparison.Ordinal);
        Assert.Contains(sign, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Assurance_None_IsEmpty()
    {
        Assert.Equal(string.Empty, SpcIcons.Assurance(AssuranceVerdict.None));
    }
}
