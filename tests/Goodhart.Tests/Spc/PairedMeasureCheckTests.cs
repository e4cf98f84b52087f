using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>
/// The paired-measure finding on hand-built monthly series. <see cref="Stepped"/> is twelve months around 10 then eight
/// around 20: on an I chart of all twenty points the centre line is 15.2 and the mean moving range
/// (1 + 2 + 1 + 2 + 3 + 1 + 1 + 1 + 1 + 2 + 1 + 10 + 1 + 2 + 1 + 2 + 2 + 1 + 1) / 19 = 36 / 19 ≈ 1.89, so the upper
/// limit is 15.2 + 2.66 × 1.89 ≈ 20.2 and the last eight points, all above the centre line, are a shift (seven or
/// more on one side). <see cref="Flat"/> repeats the first year's pattern: no run longer than three on one side of
/// its centre line, no trend, nothing beyond its limits.
/// </summary>
public sealed class PairedMeasureCheckTests
{
    private static readonly double[] Stepped = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 20, 21, 19, 20, 22, 20, 21, 20];
    private static readonly double[] Flat = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 10, 11, 9, 10, 12, 9, 10, 11];

    private static SpcResult Chart(string name, double[] values, ImprovementDirection direction, int firstMonth = 0)
    {
        var keys = Enumerable.Range(0, values.Length).Select(i => SpcKey.Of(new DateOnly(2025, 1, 1).AddMonths(firstMonth + i))).ToList();
        var series = new SpcSeries(name, keys, [.. values.Select(v => (double?)v)], null);
        return SpcAnalysis.Run(series, new SpcOptions(Direction: direction, FalseAlarmReplicates: 0));
    }

    [Fact]
    public void Check_MeasureShiftsBetterWhileBalancingShiftsWorse_RaisesTheFinding()
    {
        // Calls answered in 20 s rose (more is better) while repeat calls rose too (fewer is better).
        var measure = Chart("Calls answered in 20 s", Stepped, ImprovementDirection.Increase);
        var balancing = Chart("Repeat calls", Stepped, ImprovementDirection.Decrease);

        var finding = PairedMeasureCheck.Check(measure, balancing);

        Assert.Equal(PairedVerdict.ImprovedAtACost, finding.Verdict);
        Assert.True(finding.Raised);
        Assert.True(finding.MeasureSignals.HasFlag(SpcRule.Shift));
        Assert.True(finding.BalancingSignals.HasFlag(SpcRule.Shift));
        // The last twelve of twenty shared months: 2025-09 to 2026-08.
        Assert.Equal(12, finding.SharedPeriods);
        Assert.Equal(SpcKey.Of(new DateOnly(2025, 9, 1)), finding.From);
        Assert.Equal(SpcKey.Of(new DateOnly(2026, 8, 1)), finding.To);
        Assert.StartsWith("Calls answered in 20 s has improved (", finding.Sentence, StringComparison.Ordinal);
        Assert.Contains("while its balancing measure Repeat calls got worse", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MeasureImprovesAndBalancingStaysFlat_DoesNotRaise()
    {
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Stepped, ImprovementDirection.Increase),
            Chart("Readmissions", Flat, ImprovementDirection.Decrease));

        Assert.Equal(PairedVerdict.NoConflict, finding.Verdict);
        Assert.True(finding.MeasureImproving);
        Assert.False(finding.BalancingWorsening);
        Assert.Contains("shows no sign of getting worse", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BalancingImprovesToo_DoesNotRaise()
    {
        // Both rise and more is better for both: a real gain, not one bought with the other. The months before the
        // step are a run below the centre line, a concern on their own; the later run above is where it went.
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Stepped, ImprovementDirection.Increase),
            Chart("Patients rating their discharge good", Stepped, ImprovementDirection.Increase));

        Assert.Equal(PairedVerdict.NoConflict, finding.Verdict);
        Assert.False(finding.BalancingWorsening);
    }

    [Fact]
    public void Check_BalancingWorsensButMeasureIsFlat_DoesNotRaiseButSaysSo()
    {
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Flat, ImprovementDirection.Increase),
            Chart("Readmissions", Stepped, ImprovementDirection.Decrease));

        Assert.Equal(PairedVerdict.NoConflict, finding.Verdict);
        Assert.False(finding.MeasureImproving);
        Assert.True(finding.BalancingWorsening);
        Assert.StartsWith("Readmissions got worse (", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneGoodMonthOnly_IsNotASustainedImprovement()
    {
        // The last month at 30 is far beyond the flat year's limits (about 13.5), but one point is not a sustained change.
        double[] spike = [.. Flat[..^1], 30];
        var measure = Chart("Discharges before noon", spike, ImprovementDirection.Increase);
        Assert.Equal(SignalKind.Improvement, measure.Points[^1].Signal);

        var finding = PairedMeasureCheck.Check(measure, Chart("Readmissions", Stepped, ImprovementDirection.Decrease));

        Assert.Equal(PairedVerdict.NoConflict, finding.Verdict);
        Assert.False(finding.MeasureImproving);
        Assert.Equal(SpcRule.BeyondLimits, finding.MeasureSignals);
    }

    [Fact]
    public void Check_ChangeOnlyOutsideTheWindow_IsNotCompared()
    {
        // With a window of 3 the shared months are the last three; the balancing measure's shift still covers them,
        // but the flat measure has no improvement there.
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Flat, ImprovementDirection.Increase),
            Chart("Readmissions", Stepped, ImprovementDirection.Decrease), window: 3);

        Assert.Equal(3, finding.SharedPeriods);
        Assert.Equal(SpcKey.Of(new DateOnly(2026, 6, 1)), finding.From);
    }

    [Fact]
    public void Check_SeriesSharingTwoMonths_IsTooFewToCompare()
    {
        // The balancing series starts eighteen months later, so only two months overlap.
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Stepped, ImprovementDirection.Increase),
            Chart("Readmissions", Stepped, ImprovementDirection.Decrease, firstMonth: 18));

        Assert.Equal(PairedVerdict.TooFewSharedPeriods, finding.Verdict);
        Assert.Equal(2, finding.SharedPeriods);
        Assert.False(finding.Raised);
        Assert.Contains("in only 2 periods", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BalancingWithoutDirection_SaysItCannotTell()
    {
        var finding = PairedMeasureCheck.Check(
            Chart("Discharges before noon", Stepped, ImprovementDirection.Increase),
            Chart("Readmissions", Stepped, ImprovementDirection.Neutral));

        Assert.Equal(PairedVerdict.NoDirection, finding.Verdict);
        Assert.StartsWith("Readmissions has no direction of good", finding.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WindowBelowTheMinimum_Throws()
    {
        var chart = Chart("a", Flat, ImprovementDirection.Increase);
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedMeasureCheck.Check(chart, chart, window: 2));
    }
}
