using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>
/// The rules, one by one, on hand-built series. Most cases fix the limits on a baseline of twelve points
/// 11, 9, 11, 9, … 11, 9: mean 10, every moving range 2, sigma 2/1.128 = 1.7730496; 3-sigma limits 4.6808511 and
/// 15.3191489, 2-sigma lines 6.4539007 and 13.5460993. The baseline alternates around the mean, so on its own it
/// breaks no rule, and it ends with 9 (below the mean).
/// </summary>
public sealed class SpcAnalysisRulesTests
{
    private static SpcResult Chart(double?[] tail, SpcOptions? options = null, ChartKind chart = ChartKind.Individuals)
    {
        var values = SpcAnalysisLimitsTests.Baseline().Concat(tail).ToArray();
        return SpcAnalysis.Run(
            SpcSeries.Of("s", values),
            (options ?? new SpcOptions()) with { Chart = chart, Baseline = 12, FalseAlarmReplicates = 0 });
    }

    private static int[] Flagged(SpcResult result, SpcRule rule) =>
        result.Points.Where(p => (p.Rules & rule) != 0).Select(p => p.Index).ToArray();

    [Fact]
    public void BeyondLimits_PointStrictlyBeyondALimit_IsFlagged()
    {
        var result = Chart([15.4, 15.3, 4.6]);
        Assert.Equal([12, 14], Flagged(result, SpcRule.BeyondLimits));
        Assert.Equal(SignalSide.High, result.Points[12].Side);
        Assert.Equal(SignalSide.Low, result.Points[14].Side);
    }

    [Fact]
    public void Shift_SevenPointsOnOneSide_FlagsAllSeven()
    {
        var result = Chart([10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5]);
        Assert.Equal(Enumerable.Range(12, 7), Flagged(result, SpcRule.Shift));
    }

    [Fact]
    public void Shift_SixPointsOnOneSide_IsNoSignal()
    {
        Assert.Empty(Flagged(Chart([10.5, 10.5, 10.5, 10.5, 10.5, 10.5]), SpcRule.Shift));
    }

    [Fact]
    public void Shift_PointOnTheCentreLine_BreaksTheRun()
    {
        Assert.Empty(Flagged(Chart([10.5, 10.5, 10.5, 10, 10.5, 10.5, 10.5, 10.5]), SpcRule.Shift));
    }

    [Fact]
    public void Shift_MissingPeriod_NeitherBreaksNorCounts()
    {
        // Seven values above the mean with a gap among them: still seven consecutive values.
        var result = Chart([10.5, 10.5, 10.5, null, 10.5, 10.5, 10.5, 10.5]);
        Assert.Equal([12, 13, 14, 16, 17, 18, 19], Flagged(result, SpcRule.Shift));
    }

    [Fact]
    public void Shift_ConfigurableLength_FlagsShorterRuns()
    {
        var result = Chart([10.5, 10.5, 10.5, 10.5, 10.5, 10.5], new SpcOptions(Rules: SpcRuleOptions.Mdc with { Shift = 6 }));
        Assert.Equal(Enumerable.Range(12, 6), Flagged(result, SpcRule.Shift));
    }

    [Fact]
    public void Trend_SixRisingSteps_FlagsTheSevenPointsAndPointsUp()
    {
        // Baseline's last point 9, then 9.5, 10.2, 10.4, 10.6, 10.8, 11.0: seven points, six rising steps; the
        // points below the mean are only two, so there is no shift.
        var result = Chart([9.5, 10.2, 10.4, 10.6, 10.8, 11.0], new SpcOptions(Direction: ImprovementDirection.Decrease));
        Assert.Equal(Enumerable.Range(11, 7), Flagged(result, SpcRule.Trend));
        Assert.Empty(Flagged(result, SpcRule.Shift));
        Assert.All(result.Points.Skip(11), p => Assert.Equal(SignalSide.High, p.Side));

        // A rising trend is a concern when lower is better, even where the points are still below the mean.
        Assert.Equal(SignalKind.Concern, result.Points[11].Signal);
    }

    [Fact]
    public void Trend_FiveRisingSteps_IsNoSignal()
    {
        Assert.Empty(Flagged(Chart([9.5, 10.2, 10.4, 10.6, 10.8]), SpcRule.Trend));
    }

    [Fact]
    public void Trend_Tie_BreaksTheTrend()
    {
        Assert.Empty(Flagged(Chart([9.5, 9.5, 10.2, 10.4, 10.6, 10.8, 11.0]), SpcRule.Trend));
    }

    [Fact]
    public void TwoOfThree_TwoBeyondTwoSigmaOnTheSameSide_FlagsOnlyThoseTwo()
    {
        // 14 > 13.546 (2 sigma) and < 15.319 (3 sigma); the middle point 10.5 is above the mean but within 2 sigma.
        var result = Chart([14, 10.5, 14]);
        Assert.Equal([12, 14], Flagged(result, SpcRule.TwoOfThree));
    }

    [Fact]
    public void TwoOfThree_ThirdPointAcrossTheCentreLine_IsNoSignalUnderNhsDefinitions()
    {
        // 14, 9.5, 14: the window is not all on one side of the mean.
        Assert.Empty(Flagged(Chart([14, 9.5, 14]), SpcRule.TwoOfThree));
        Assert.Empty(Flagged(Chart([14, 9.5, 14], new SpcOptions(Rules: SpcRuleOptions.Mdc with { TwoOfThree = TwoOfThreeDefinition.Earlier })), SpcRule.TwoOfThree));

        // PowerBI-SPC counts the window wherever its third point lies.
        var anySide = Chart([14, 9.5, 14], new SpcOptions(Rules: SpcRuleOptions.Mdc with { TwoOfThree = TwoOfThreeDefinition.AnySide }));
        Assert.Equal([12, 14], Flagged(anySide, SpcRule.TwoOfThree));
    }

    [Fact]
    public void TwoOfThree_PointBeyondThreeSigma_CountsSince2023ButNotUnderTheEarlierDefinition()
    {
        // 16 is beyond the 3-sigma limit 15.319 and 14 beyond 2 sigma.
        var nhs2023 = Chart([16, 10.5, 14]);
        Assert.Equal([12, 14], Flagged(nhs2023, SpcRule.TwoOfThree));
        Assert.Equal([12], Flagged(nhs2023, SpcRule.BeyondLimits));

        var earlier = Chart([16, 10.5, 14], new SpcOptions(Rules: SpcRuleOptions.Mdc with { TwoOfThree = TwoOfThreeDefinition.Earlier }));
        Assert.Empty(Flagged(earlier, SpcRule.TwoOfThree));
        Assert.Equal([12], Flagged(earlier, SpcRule.BeyondLimits));
    }

    [Fact]
    public void TwoOfThree_OneBeyondTwoSigma_IsNoSignal()
    {
        Assert.Empty(Flagged(Chart([14, 10.5, 10.5]), SpcRule.TwoOfThree));
    }

    [Fact]
    public void Signals_FollowTheImprovementDirection()
    {
        var increase = Chart([15.4, 4.6], new SpcOptions(Direction: ImprovementDirection.Increase));
        Assert.Equal(SignalKind.Improvement, increase.Points[12].Signal);
        Assert.Equal(SignalKind.Concern, increase.Points[13].Signal);

        var decrease = Chart([15.4, 4.6], new SpcOptions(Direction: ImprovementDirection.Decrease));
        Assert.Equal(SignalKind.Concern, decrease.Points[12].Signal);
        Assert.Equal(SignalKind.Improvement, decrease.Points[13].Signal);

        var neutral = Chart([15.4, 4.6]);
        Assert.Equal(SignalKind.Neutral, neutral.Points[12].Signal);
        Assert.Equal(SignalKind.None, neutral.Points[0].Signal);
    }

    [Fact]
    public void Rules_AreJudgedWithinEachPhase()
    {
        // Four points above the mean at the end of phase 1 and three at the start of phase 2 make no shift of 7.
        double?[] values = [11, 9, 11, 9, 11, 9, 10.5, 10.5, 10.5, 10.5, 20.5, 20.5, 20.5, 19, 21, 19, 21, 19];
        var result = SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions(PhaseStarts: [10], FalseAlarmReplicates: 0));
        Assert.Empty(Flagged(result, SpcRule.Shift));
    }

    [Fact]
    public void RunChart_AnhoejRules_FlagLongRunAndFewCrossings()
    {
        // 1 … 20: median 10.5; 10 points below then 10 above. n = 20 useful points: longest-run limit
        // round(log2 20) + 3 = round(4.32) + 3 = 7 (10 > 7: signal); crossings 1 < qbinom(0.05, 19, 0.5) = 6: signal.
        var values = Enumerable.Range(1, 20).Select(v => (double?)v).ToArray();
        var result = SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions(Chart: ChartKind.Run, FalseAlarmReplicates: 0));
        var phase = result.Phases[0];
        Assert.Equal((20, 10, 7, 1, 6), (phase.UsefulPoints, phase.LongestRun, phase.LongestRunLimit, phase.Crossings, phase.CrossingsLimit));
        Assert.Equal(Enumerable.Range(0, 20), Flagged(result, SpcRule.LongRun));
        Assert.Equal(Enumerable.Range(0, 20), Flagged(result, SpcRule.FewCrossings));
        Assert.Empty(Flagged(result, SpcRule.Shift | SpcRule.Trend | SpcRule.BeyondLimits | SpcRule.TwoOfThree));
    }

    [Fact]
    public void RunChart_PointsOnTheMedian_AreIgnoredByAnhoejRules()
    {
        // 1, 5, 9, 5, 1, 5, 9, 5, 1, 9, 1: median 5; the four 5s are ignored, n = 7 useful points
        // (limits: round(log2 7) + 3 = 6 and qbinom(0.05, 6, 0.5) = 1); runs 1 | 9 | 1 | 9 | 1 | 9 | 1 → 6 crossings.
        double?[] values = [1, 5, 9, 5, 1, 5, 9, 5, 1, 9, 1];
        var result = SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions(Chart: ChartKind.Run, FalseAlarmReplicates: 0));
        var phase = result.Phases[0];
        Assert.Equal((7, 1, 6, 6, 1), (phase.UsefulPoints, phase.LongestRun, phase.LongestRunLimit, phase.Crossings, phase.CrossingsLimit));
        Assert.All(result.Points, p => Assert.False(p.IsSignal));
    }

    [Theory]
    [InlineData(10, 2)] // qbinom(0.05, 9, 0.5): P(X ≤ 1) = 10/512 = 0.0195, P(X ≤ 2) = 46/512 = 0.0898 → 2
    [InlineData(20, 6)] // P(X ≤ 5 | 19) = 0.0318, P(X ≤ 6) = 0.0835 → 6
    [InlineData(36, 13)] // P(X ≤ 12 | 35) = 0.0448, P(X ≤ 13) = 0.0877 → 13 (Anhøj's table: fewer than 13 crossings for n = 36)
    [InlineData(100, 41)]
    public void CrossingsLimit_IsTheFivePercentQuantileOfBinomialHalf(int useful, int expected)
    {
        Assert.Equal(expected, RunsStatistics.LimitsFor(useful).CrossingsLimit);
    }

    [Fact]
    public void MovingRangeChart_JudgesOnlyTheUpperLimit()
    {
        // A steady alternation then one big jump: only the jump's moving range is beyond 3.267 × the mean.
        double?[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 30];
        var result = SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions(Chart: ChartKind.MovingRange, FalseAlarmReplicates: 0));
        Assert.Equal([12], Flagged(result, SpcRule.BeyondLimits));
        Assert.Equal(SpcRule.BeyondLimits, result.Points[12].Rules);
        Assert.Equal(SignalKind.Neutral, result.Points[12].Signal);
    }
}
