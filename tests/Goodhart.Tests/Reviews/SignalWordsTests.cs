using Goodhart.Reviews;
using Goodhart.Spc;

namespace Goodhart.Tests.Reviews;

public sealed class SignalWordsTests
{
    [Fact]
    public void Describe_OnePoint_SaysTheDayAndTheRule()
    {
        var signal = new MeasureSignal(Guid.Empty, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), 1, SignalKind.Improvement, SpcRule.BeyondLimits);

        Assert.Equal("a signal of improvement on 2026-04-01: a value beyond the natural limits", SignalWords.Describe(signal));
    }

    [Fact]
    public void Describe_NeutralRun_SaysChangeAndJoinsThreeRulesWithCommasAndAnd()
    {
        var signal = new MeasureSignal(Guid.Empty, new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 23), 8, SignalKind.Neutral, SpcRule.Shift | SpcRule.Trend | SpcRule.LongRun | SpcRule.BeyondLimits);

        // Shift and long run are both "a run on one side", said once.
        Assert.Equal(
            "a signal of change from 2026-01-05 to 2026-02-23 (8 values): a value beyond the natural limits, a run of values on one side of the average and values rising or falling one after another",
            SignalWords.Describe(signal));
    }
}
