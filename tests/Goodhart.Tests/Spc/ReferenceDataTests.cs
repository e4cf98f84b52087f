using Goodhart.Spc;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Spc;

/// <summary>Published results on real data (samples/spc, see its README for sources).</summary>
public sealed class ReferenceDataTests
{
    [Fact]
    public void NhsAccidents_PChart_FlagsSixteenOfTwentyWeeks()
    {
        // Mohammed, Panesar, Laney and Wilson, BMJ Qual Saf 2013;22:362–368: with denominators near 280,000 the
        // binomial limits are so narrow that 16 of the 20 weeks fall outside them.
        var result = SpcAnalysis.Run(SampleSeries.NhsAccidents(), new SpcOptions(Chart: ChartKind.P, Rules: SpcRuleOptions.None with { BeyondLimits = true }, FalseAlarmReplicates: 0));
        Assert.Equal(16, result.Points.Count(p => p.IsSignal));
    }

    [Theory]
    [InlineData(ChartKind.PPrime)]
    [InlineData(ChartKind.Individuals)]
    public void NhsAccidents_PPrimeAndIChart_FlagNoWeek(ChartKind chart)
    {
        // Same paper: once the limits reflect the real week-to-week scatter, no week is beyond them. qicharts2 (no
        // screening) and the default screening agree here: no moving range is ≥ 3.267 × the mean.
        foreach (var screen in new[] { true, false })
        {
            var result = SpcAnalysis.Run(SampleSeries.NhsAccidents(), new SpcOptions(Chart: chart, Rules: SpcRuleOptions.None with { BeyondLimits = true }, ScreenMovingRanges: screen, FalseAlarmReplicates: 0));
            Assert.DoesNotContain(result.Points, p => p.IsSignal);
        }
    }

    [Fact]
    public void NhsAccidents_PPrimeChart_MatchesLaneysArithmetic()
    {
        // p̄ = Σr/Σn over the 20 weeks; z_i = (p_i − p̄)/√(p̄(1 − p̄)/n_i); σz = mean |z_i − z_{i−1}| / 1.128;
        // limits p̄ ± 3 σz √(p̄(1 − p̄)/n_i). Recomputed here from the file, independently of the engine.
        var series = SampleSeries.NhsAccidents();
        var r = series.Values.Select(v => v!.Value).ToArray();
        var n = series.Denominators!.Select(v => v!.Value).ToArray();
        var pBar = r.Sum() / n.Sum();
        var z = r.Select((y, i) => ((y / n[i]) - pBar) / Math.Sqrt(pBar * (1 - pBar) / n[i])).ToArray();
        var sigmaZ = z.Zip(z.Skip(1), (a, b) => Math.Abs(b - a)).Average() / 1.128;

        var result = SpcAnalysis.Run(series, new SpcOptions(Chart: ChartKind.PPrime, ScreenMovingRanges: false, FalseAlarmReplicates: 0));
        Assert.Equal(pBar, result.Points[0].Centre!.Value, 1e-12);
        Assert.Equal(sigmaZ, result.Phases[0].Sigma!.Value, 1e-9);
        Assert.Equal(pBar + (3 * sigmaZ * Math.Sqrt(pBar * (1 - pBar) / n[7])), result.Points[7].Upper!.Value, 1e-12);
        Assert.True(sigmaZ > 10, $"σz = {sigmaZ}: the weeks scatter far more than binomial chance allows");
    }

    [Fact]
    public void AeType1_EveryTrustCharts_AndTheSummaryIsARealisticRead()
    {
        // 130 trusts × 36 months of type-1 4-hour performance, April 2016 – March 2019, against the 95% standard with
        // higher being better. In those years almost no type-1 department met 95% routinely, and performance slid:
        // most trusts' limits sit below 95% and the latest months show concern more often than improvement.
        var series = SampleSeries.AeType1();
        Assert.Equal(130, series.Count);
        var options = new SpcOptions(Chart: ChartKind.Individuals, Direction: ImprovementDirection.Increase, Target: 0.95);
        var results = series.Select(s => SpcAnalysis.Run(s, options)).ToList();

        Assert.All(results, r => Assert.Equal(36, r.ValueCount));
        Assert.All(results, r => Assert.NotNull(r.FalseAlarm));
        var fail = results.Count(r => r.Assurance == AssuranceVerdict.ConsistentlyFail);
        var pass = results.Count(r => r.Assurance == AssuranceVerdict.ConsistentlyPass);
        var concern = results.Count(r => r.Variation == VariationVerdict.SpecialCauseConcern);
        var improvement = results.Count(r => r.Variation == VariationVerdict.SpecialCauseImprovement);
        Assert.True(fail > 60, $"{fail} trusts consistently fail 95%");
        Assert.True(pass < 10, $"{pass} trusts consistently pass 95%");
        Assert.True(concern > improvement, $"{concern} concern vs {improvement} improvement");
    }
}
