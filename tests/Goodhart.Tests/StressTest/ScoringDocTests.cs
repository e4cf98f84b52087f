using Goodhart.StressTest;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.StressTest;

/// <summary>The worked example of docs/scoring.md, computed by the engine, so the document cannot drift.</summary>
public sealed class ScoringDocTests
{
    private static RiskProfile CrisisLine()
    {
        var path = Repo.PathOf("samples/stress-tests/crisis-line-60s.json");
        var sheet = AnswerSheetReader.Parse(File.ReadAllText(path), path, InstrumentLoader.Default).Value!;
        return StressTestScorer.Score(InstrumentLoader.Default, sheet);
    }

    [Fact]
    public void WorkedExample_ProxyFailure_MatchesTheDocument()
    {
        var d = CrisisLine().Dimensions.Single(x => x.DimensionId == "proxy-failure");

        // base = 100 × 13.5 / 26; multiplier = 1 + 0.15 + 0.02 + 0.2 × 6 / 16; score = base × multiplier.
        Assert.Equal(100 * 13.5 / 26, d.BaseScore, 1e-9);
        Assert.Equal(1.245, d.Multiplier, 1e-9);
        Assert.Equal(100 * 13.5 / 26 * 1.245, d.Score, 1e-9);
        Assert.Equal(Band.High, d.Band);
        var points = d.Contributions.ToDictionary(c => c.Id, c => c.Points);
        Assert.Equal(100.0 * 2 * 3 / 26, points["proxy-failure.gap-conditions"], 1e-9);
        Assert.Equal(100 * 13.5 / 26 * 0.15, points["usage"], 1e-9);
        Assert.Equal(100 * 13.5 / 26 * 0.05, points["rushing"], 1e-9);
    }

    [Fact]
    public void WorkedExample_Overall_MatchesTheDocument()
    {
        var profile = CrisisLine();

        Assert.Equal([78.0, 100.0, 64.6, 96.2, 87.8, 74.7], profile.Dimensions.Select(d => Math.Round(d.Score, 1)));
        Assert.Equal(86.1, Math.Round(profile.Overall.Score, 1));
        Assert.Equal(Band.Severe, profile.Overall.Band);
        Assert.Equal(26.1, Math.Round(profile.Overall.DimensionShares["invisibility"], 1));
        Assert.Equal(86, Math.Round(profile.Dysfunctions[0].Likelihood));
        Assert.Equal("rushing", profile.Dysfunctions[0].DysfunctionId);
    }

    [Fact]
    public void PowerMean_OneHighFiveLow_IsHighWhereTheMeanIsLow()
    {
        // The document's illustration: (90⁴ + 5 × 10⁴) / 6 = 10,943,333.3; its fourth root is 57.5.
        var overall = Math.Pow((Math.Pow(90, 4) + (5 * Math.Pow(10, 4))) / 6, 0.25);

        Assert.Equal(57.5, overall, 0.05);
        Assert.Equal(Band.High, InstrumentLoader.Default.Scoring.BandOf(overall));
    }
}
