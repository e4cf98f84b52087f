using Goodhart.Reviews;
using Goodhart.Spc;

namespace Goodhart.Tests.Reviews;

public sealed class OrnamentRuleTests
{
    private static readonly Guid Measure = Guid.NewGuid();
    private static readonly MeasureSignal October = new(Measure, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5), 1, SignalKind.Concern, SpcRule.BeyondLimits);
    private static readonly MeasureSignal November = new(Measure, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16), 3, SignalKind.Concern, SpcRule.Shift);
    private static readonly DateOnly[] Weekly = [new(2026, 10, 5), new(2026, 10, 12), new(2026, 10, 19), new(2026, 11, 9)];

    [Fact]
    public void Check_SignalsPassedOverByLaterMeetings_NamesThemAndCountsTheMeetings()
    {
        var ignored = OrnamentRule.Check([October, November], [], Weekly, actedOn: false);

        // October's began on the 5th: the meetings of 12 Oct, 19 Oct and 9 Nov came after it (the one on the 5th did not).
        // November's began on the 2nd: 9 Nov came after it.
        Assert.Equal(new IgnoredSignals(2, new DateOnly(2026, 10, 5), 3), ignored);
    }

    [Fact]
    public void Check_MeetingOnlyOnTheDayTheSignalBegan_IsNotPassingItOver()
    {
        Assert.Null(OrnamentRule.Check([October], [], [new DateOnly(2026, 10, 5)], actedOn: false));
    }

    [Fact]
    public void Check_NoMeetings_IsNotOrnament()
    {
        Assert.Null(OrnamentRule.Check([October], [], [], actedOn: false));
    }

    [Fact]
    public void Check_OneSignalGivenADisposition_Clears()
    {
        Assert.Null(OrnamentRule.Check([October, November], [November.Key], Weekly, actedOn: false));
    }

    [Fact]
    public void Check_AnotherMeasuresSignalDisposed_DoesNotClear()
    {
        var other = new SignalKey(Guid.NewGuid(), October.First);

        Assert.NotNull(OrnamentRule.Check([October], [other], Weekly, actedOn: false));
    }

    [Fact]
    public void Check_AnActionRaisedOnTheMeasure_Clears()
    {
        Assert.Null(OrnamentRule.Check([October, November], [], Weekly, actedOn: true));
    }
}
