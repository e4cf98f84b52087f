using Goodhart.Reviews;
using Goodhart.Spc;

namespace Goodhart.Tests.Reviews;

public sealed class MeasureSignalsTests
{
    private static SpcResult Chart(IReadOnlyList<double> values, ImprovementDirection direction)
    {
        var keys = values.Select((_, i) => SpcKey.Of(new DateOnly(2025, 1, 1).AddMonths(i))).ToList();
        var series = new SpcSeries("waits", keys, [.. values.Select(v => (double?)v)], null);
        return SpcAnalysis.Run(series, new SpcOptions(Direction: direction, FalseAlarmReplicates: 0));
    }

    [Fact]
    public void From_OneValueFarOutside_IsOneSignalOfOnePoint()
    {
        // Alternating 10 and 12 (mean moving range 2 once the two ranges around the outlier are screened out, so
        // sigma = 2 / 1.128 = 1.77) with 40 at index 15: mean 358 / 30 = 11.93, upper limit 11.93 + 5.32 = 17.3. Only 40
        // is outside; the alternation leaves no run, trend or pair near a limit.
        var values = Enumerable.Range(0, 30).Select(i => i == 15 ? 40.0 : i % 2 == 0 ? 10 : 12).ToList();

        var signals = MeasureSignals.From(Guid.Empty, Chart(values, ImprovementDirection.Decrease));

        var signal = Assert.Single(signals);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), 1, SignalKind.Concern), (signal.First, signal.Last, signal.Points, signal.Kind));
        Assert.True(signal.Rules.HasFlag(SpcRule.BeyondLimits));
    }

    [Fact]
    public void From_AStep_IsTwoSignalsOneEachSideOfTheAverage()
    {
        // Twelve months around 10 then eight around 20: the average of all twenty (13.95) has the first year below it and
        // the last eight above it, two runs long enough to be shifts; each run is one signal, not one per point.
        double[] values = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 20, 21, 19, 20, 22, 20, 21, 20];
        var id = Guid.NewGuid();

        var signals = MeasureSignals.From(id, Chart(values, ImprovementDirection.Decrease));

        Assert.Equal(
            [
                (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1), 12, SignalKind.Improvement),
                (new DateOnly(2026, 1, 1), new DateOnly(2026, 8, 1), 8, SignalKind.Concern),
            ],
            signals.Select(s => (s.First, s.Last, s.Points, s.Kind)));
        Assert.All(signals, s => Assert.True(s.Rules.HasFlag(SpcRule.Shift)));
        Assert.All(signals, s => Assert.Equal(id, s.MeasureId));
    }
}
