using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>The false-alarm figure: checked against cases with a closed form, and for determinism.</summary>
public sealed class FalseAlarmTests
{
    private static FalseAlarmEstimate Estimate(int points, SpcOptions options, int replicates = 20_000)
    {
        var values = Enumerable.Range(0, points).Select(i => (double?)(i % 2)).ToArray();
        var denominators = Enumerable.Repeat((double?)2, points).ToArray();
        var series = SpcAnalysis.NeedsDenominators(options.Chart) ? SpcSeries.Of("s", values, denominators) : SpcSeries.Of("s", values);
        return SpcAnalysis.Run(series, options with { FalseAlarmReplicates = replicates }).FalseAlarm!;
    }

    [Theory]
    [InlineData(20)]
    [InlineData(100)]
    public void Estimate_BeyondLimitsWithKnownLimits_MatchesOneMinus09973ToTheN(int points)
    {
        // With limits known (a P chart) and only the 3-sigma rule, each point of a stable normal process falls outside
        // with probability 2 × (1 − Φ(3)) = 0.0026998, so at least one of n does with 1 − (1 − 0.0026998)^n:
        // 0.0526 for n = 20, 0.2367 for n = 100.
        var options = new SpcOptions(Chart: ChartKind.P, Rules: SpcRuleOptions.None with { BeyondLimits = true });
        var estimate = Estimate(points, options);
        var exact = 1 - Math.Pow(1 - 0.0026997960632601866, points);
        Assert.InRange(estimate.Probability, exact - (4 * estimate.StandardError), exact + (4 * estimate.StandardError));
    }

    [Fact]
    public void Estimate_ShiftOfSevenWithKnownCentre_MatchesTheRunProbability()
    {
        // Only the shift rule, centre known: the chance that 8 fair coin flips contain a run of 7 or more equal sides.
        // Runs of ≥ 7 in 8 flips: the sequences with the first 7 or the last 7 alike: 2 × 2 × 2 − 2 (all 8 alike counted
        // twice) = 6 of 256 = 0.0234375.
        var options = new SpcOptions(Chart: ChartKind.P, Rules: SpcRuleOptions.None with { Shift = 7 });
        var estimate = Estimate(8, options);
        Assert.InRange(estimate.Probability, 0.0234375 - (4 * estimate.StandardError), 0.0234375 + (4 * estimate.StandardError));
    }

    [Fact]
    public void Estimate_SameChart_GivesTheSameFigureEveryTime()
    {
        var options = new SpcOptions(Chart: ChartKind.Individuals);
        Assert.Equal(Estimate(36, options, 2_000).Probability, Estimate(36, options, 2_000).Probability);
    }

    [Fact]
    public void Estimate_LongerCharts_CryWolfMoreOften()
    {
        var options = new SpcOptions(Chart: ChartKind.Individuals);
        var short24 = Estimate(24, options, 4_000).Probability;
        var long120 = Estimate(120, options, 4_000).Probability;
        Assert.True(long120 > short24 + 0.1, $"24 points: {short24}, 120 points: {long120}");
    }

    [Fact]
    public void Estimate_Phases_CombineAsIndependentCharts()
    {
        // Two phases of 50 known-limit points: 1 − (1 − p50)² = 1 − (1 − 0.0027)^100.
        var values = Enumerable.Range(0, 100).Select(i => (double?)(i % 2)).ToArray();
        var series = SpcSeries.Of("s", values, Enumerable.Repeat((double?)2, 100).ToArray());
        var options = new SpcOptions(Chart: ChartKind.P, Rules: SpcRuleOptions.None with { BeyondLimits = true }, PhaseStarts: [50], FalseAlarmReplicates: 20_000);
        var estimate = SpcAnalysis.Run(series, options).FalseAlarm!;
        var exact = 1 - Math.Pow(1 - 0.0026997960632601866, 100);
        Assert.InRange(estimate.Probability, exact - (4 * estimate.StandardError), exact + (4 * estimate.StandardError));
    }

    [Fact]
    public void Estimate_IsSaidInWords()
    {
        var estimate = Estimate(36, new SpcOptions(Chart: ChartKind.Individuals), 4_000);
        Assert.StartsWith("A stable process charted over 36 points shows at least one signal about ", estimate.Sentence, StringComparison.Ordinal);
        Assert.EndsWith(".", estimate.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.7, 36, "A stable process charted over 36 points shows at least one signal about 7 times in 10 with these rules: on a chart this long some signals are expected from noise alone, so read a single signal with care.")]
    [InlineData(0.25, 20, "A stable process charted over 20 points shows at least one signal about 3 times in 10 with these rules: a single signal deserves a look before anyone acts on it.")]
    [InlineData(0.08, 12, "A stable process charted over 12 points shows at least one signal about 1 time in 13 with these rules: a signal here is unlikely to be chance alone.")]
    [InlineData(0.005, 5, "A stable process charted over 5 points shows at least one signal less than 1 time in 100 with these rules: a signal here is unlikely to be chance alone.")]
    [InlineData(0.97, 200, "A stable process charted over 200 points shows at least one signal nearly every time (more than 19 times in 20) with these rules: on a chart this long some signals are expected from noise alone, so read a single signal with care.")]
    public void Sentence_ReadsTheProbability(double probability, int points, string expected)
    {
        Assert.Equal(expected, FalseAlarmSentence.For(probability, points));
    }

    [Fact]
    public void Estimate_ZeroReplicates_IsSkipped()
    {
        var result = SpcAnalysis.Run(SpcSeries.Of("s", [1, 2, 3]), new SpcOptions(FalseAlarmReplicates: 0));
        Assert.Null(result.FalseAlarm);
    }
}
