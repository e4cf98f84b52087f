using Goodhart.Spc;

namespace Goodhart.Tests.Spc;

/// <summary>
/// Variation and assurance verdicts. The I chart of 1, 3, 2, 4, 3 has limits −1.3893617 and 6.5893617
/// (see <see cref="SpcAnalysisLimitsTests"/>).
/// </summary>
public sealed class SpcAnalysisVerdictTests
{
    private static SpcResult Chart(double? target, ImprovementDirection direction) =>
        SpcAnalysis.Run(SpcSeries.Of("s", [1, 3, 2, 4, 3]), new SpcOptions(Target: target, Direction: direction, FalseAlarmReplicates: 0));

    [Theory]
    [InlineData(7, ImprovementDirection.Increase, AssuranceVerdict.ConsistentlyFail)]
    [InlineData(7, ImprovementDirection.Decrease, AssuranceVerdict.ConsistentlyPass)]
    [InlineData(-2, ImprovementDirection.Increase, AssuranceVerdict.ConsistentlyPass)]
    [InlineData(-2, ImprovementDirection.Decrease, AssuranceVerdict.ConsistentlyFail)]
    [InlineData(3, ImprovementDirection.Increase, AssuranceVerdict.HitAndMiss)]
    [InlineData(6.5893617021276597, ImprovementDirection.Increase, AssuranceVerdict.HitAndMiss)] // on the limit: not strictly above
    public void Assurance_ComparesTargetWithTheLimitsStrictly(double target, ImprovementDirection direction, AssuranceVerdict expected)
    {
        Assert.Equal(expected, Chart(target, direction).Assurance);
    }

    [Fact]
    public void Assurance_WithoutDirection_IsNoneAndSaysWhy()
    {
        var result = Chart(7, ImprovementDirection.Neutral);
        Assert.Equal(AssuranceVerdict.None, result.Assurance);
        Assert.Contains(result.Warnings, w => w.Code == "no-assurance");
    }

    [Fact]
    public void Assurance_WithoutTarget_IsNone()
    {
        var result = Chart(null, ImprovementDirection.Increase);
        Assert.Equal(AssuranceVerdict.None, result.Assurance);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "no-assurance");
    }

    [Fact]
    public void Assurance_UsesTheLastPhasesLimits()
    {
        // Phase 1 sits around 2.6, phase 2 around 12.6 with limits 12.6 ± 3.99: a target of 7 is below phase 2's lower
        // limit, so with higher-is-better the process now passes it every period.
        var result = SpcAnalysis.Run(
            SpcSeries.Of("s", [1, 3, 2, 4, 3, 11, 13, 12, 14, 13]),
            new SpcOptions(PhaseStarts: [5], Target: 7, Direction: ImprovementDirection.Increase, FalseAlarmReplicates: 0));
        Assert.Equal(AssuranceVerdict.ConsistentlyPass, result.Assurance);
    }

    [Fact]
    public void Variation_ComesFromTheLastPointWithAValue()
    {
        double?[] values = [.. SpcAnalysisLimitsTests.Baseline(), 4.0, null];
        var concern = SpcAnalysis.Run(SpcSeries.Of("s", values),
            new SpcOptions(Baseline: 12, Direction: ImprovementDirection.Increase, FalseAlarmReplicates: 0));
        Assert.Equal(VariationVerdict.SpecialCauseConcern, concern.Variation);
        Assert.Equal(12, concern.LastValue!.Value.Index);

        var improvement = SpcAnalysis.Run(SpcSeries.Of("s", values),
            new SpcOptions(Baseline: 12, Direction: ImprovementDirection.Decrease, FalseAlarmReplicates: 0));
        Assert.Equal(VariationVerdict.SpecialCauseImprovement, improvement.Variation);

        var common = SpcAnalysis.Run(SpcSeries.Of("s", SpcAnalysisLimitsTests.Baseline()), new SpcOptions(FalseAlarmReplicates: 0));
        Assert.Equal(VariationVerdict.CommonCause, common.Variation);
    }

    [Fact]
    public void Variation_OfAnEmptySeries_IsNone()
    {
        var result = SpcAnalysis.Run(SpcSeries.Of("s", [null, null]), new SpcOptions(FalseAlarmReplicates: 0));
        Assert.Equal(VariationVerdict.None, result.Variation);
        Assert.Contains(result.Warnings, w => w.Code == "empty-phase");
    }
}
