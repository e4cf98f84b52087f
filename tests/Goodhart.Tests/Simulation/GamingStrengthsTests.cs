using Goodhart.Simulation;

namespace Goodhart.Tests.Simulation;

public sealed class GamingStrengthsTests
{
    [Fact]
    public void Parse_TwoPairs_SetsThoseAndLeavesTheRestAtZero()
    {
        var strengths = GamingStrengths.Parse("rushing=0.3, Parking=0.5");

        Assert.Equal(0.3, strengths.Rushing);
        Assert.Equal(0.5, strengths.Parking);
        Assert.Equal(0, strengths.StoringUp + strengths.Reclassification + strengths.CherryPicking + strengths.Rework + strengths.PretendNumbers);
        Assert.Equal("rushing=0.3,parking=0.5", strengths.ToString());
    }

    [Fact]
    public void Parse_EverySevenNames_RoundTripsThroughToString()
    {
        const string Text = "rushing=0.1,parking=0.2,storing-up=0.3,reclassification=0.4,cherry-picking=0.5,rework=0.6,pretend-numbers=1";

        var strengths = GamingStrengths.Parse(Text);

        Assert.Equal(Text, strengths.ToString());
        Assert.Equal(GamingStrengths.Names, strengths.All.Select(k => k.Name));
        Assert.Equal(strengths, GamingStrengths.Parse(strengths.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_Empty_IsNone(string? text)
    {
        var strengths = GamingStrengths.Parse(text);

        Assert.Equal(GamingStrengths.None, strengths);
        Assert.False(strengths.Any);
    }

    [Fact]
    public void Parse_UnknownName_ListsTheSevenNames()
    {
        var error = Assert.Throws<FormatException>(() => GamingStrengths.Parse("rushing=0.3,fiddling=0.2"));

        Assert.Equal(
            "'fiddling' is not a kind of gaming the simulator knows; use rushing, parking, storing-up, reclassification, cherry-picking, rework, pretend-numbers.",
            error.Message);
    }

    [Theory]
    [InlineData("rushing=1.5", "rushing=1.5: the strength must be a number from 0 to 1 (e.g. 0.3).")]
    [InlineData("rushing=-0.1", "rushing=-0.1: the strength must be a number from 0 to 1 (e.g. 0.3).")]
    [InlineData("rushing=lots", "rushing=lots: the strength must be a number from 0 to 1 (e.g. 0.3).")]
    [InlineData("rushing=NaN", "rushing=NaN: the strength must be a number from 0 to 1 (e.g. 0.3).")]
    [InlineData("rushing", "'rushing' needs a strength from 0 to 1, e.g. rushing=0.3.")]
    [InlineData("rushing=0.1,rushing=0.2", "'rushing' is given more than once.")]
    public void Parse_BadPair_SaysWhatIsWrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => GamingStrengths.Parse(text));

        Assert.Equal(message, error.Message);
    }
}
