using FsCheck.Xunit;
using Goodhart.StressTest;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.StressTest;

public sealed class StressTestScorerTests
{
    private const double Tolerance = 1e-9;

    private static RiskProfile HandCase() => StressTestScorer.Score(
        Instruments.Tiny,
        Instruments.Sheet(
            Instruments.Tiny,
            new Dictionary<string, int?> { ["a.x"] = 4, ["a.y"] = 2, ["a.z"] = null, ["b.x"] = 1, ["b.y"] = 1, ["b.z"] = 0 },
            new Dictionary<string, int?> { ["rushing"] = 2 },
            "monitoring", "target"));

    [Fact]
    public void Score_HandComputedCase_MatchesTheFormulas()
    {
        var profile = HandCase();

        // Dimension a: weights 1, 3, 1 (W = 5); ratings 4, 2, not sure (counts 0).
        // base = 100 × (1×4 + 3×2) / (4 × 5) = 50; confidence = (1 + 3) / 5 = 0.8.
        // Multiplier = 1 + 0.2 (target, the largest usage chosen) + 0.4 × 2 / (4 × 1) (rushing, ease 2) = 1.4.
        // Score = 50 × 1.4 = 70: high (50 ≤ 70 < 75).
        var a = profile.Dimensions[0];
        Assert.Equal(50, a.BaseScore, Tolerance);
        Assert.Equal(1.4, a.Multiplier, Tolerance);
        Assert.Equal(70, a.Score, Tolerance);
        Assert.Equal(Band.High, a.Band);
        Assert.Equal(0.8, a.Confidence, Tolerance);
        Assert.Equal(2, a.Rated);

        // Dimension b: base = 100 × (1 + 1 + 0) / (4 × 3) = 16.667; multiplier 1.2 (rushing does not amplify b) → 20: low.
        var b = profile.Dimensions[1];
        Assert.Equal(20, b.Score, Tolerance);
        Assert.Equal(Band.Low, b.Band);

        // Overall: power mean p = 2: sqrt((70² + 20²) / 2) = sqrt(2650) = 51.4782…: high; confidence (0.8 + 1) / 2.
        Assert.Equal(Math.Sqrt(2650), profile.Overall.Score, Tolerance);
        Assert.Equal(Band.High, profile.Overall.Band);
        Assert.Equal(0.9, profile.Overall.Confidence, Tolerance);
        Assert.Equal(Math.Sqrt(2650) * 4900 / 5300, profile.Overall.DimensionShares["a"], Tolerance);
    }

    [Fact]
    public void Score_HandComputedCase_DecomposesIntoTheAnswers()
    {
        var a = HandCase().Dimensions[0];

        // a.x: 100 × 1 × 4 / 20 = 20; a.y: 100 × 3 × 2 / 20 = 30; usage: 50 × 0.2 = 10; rushing: 50 × 0.2 = 10.
        var points = a.Contributions.ToDictionary(c => c.Id, c => c.Points);
        Assert.Equal(30, points["a.y"], Tolerance);
        Assert.Equal(20, points["a.x"], Tolerance);
        Assert.Equal(10, points["usage"], Tolerance);
        Assert.Equal(10, points["rushing"], Tolerance);
        Assert.Equal("a.y", a.Contributions[0].Id);
        Assert.Equal(30.0 / 70, a.Contributions[0].Share, Tolerance);
        Assert.Equal("b2", a.Contributions[0].Answer);
        Assert.DoesNotContain(a.Contributions, c => c.Id == "a.z");
    }

    [Fact]
    public void Score_AboveTheCap_ScalesContributionsToSumTo100()
    {
        var profile = StressTestScorer.Score(
            Instruments.Tiny,
            Instruments.Sheet(Instruments.Tiny, new Dictionary<string, int?> { ["a.x"] = 4, ["a.y"] = 4, ["a.z"] = 4 }, new Dictionary<string, int?> { ["rushing"] = 4 }, "pay"));

        // base 100 × multiplier (1 + 0.5 + 0.4) = 190, capped at 100; a.y's 60 points become 60 × 100/190.
        var a = profile.Dimensions[0];
        Assert.Equal(100, a.Score, Tolerance);
        Assert.Equal(Band.Severe, a.Band);
        Assert.Equal(100, a.Contributions.Sum(c => c.Points), Tolerance);
        Assert.Equal(60 * 100.0 / 190, a.Contributions.Single(c => c.Id == "a.y").Points, Tolerance);
    }

    [Fact]
    public void Score_HandComputedCase_RanksDysfunctionsAndFiresCountermeasures()
    {
        var profile = HandCase();

        // Rushing: ease 2 → 50; evidence a.x (4 → 100) and dimension b (20) → mean 60; 0.5 × 50 + 0.5 × 60 = 55 ≥ 50: likely.
        var rushing = Assert.Single(profile.Dysfunctions);
        Assert.Equal(55, rushing.Likelihood, Tolerance);
        Assert.True(rushing.Likely);
        Assert.Equal(2, rushing.Ease);

        var balance = Assert.Single(profile.Countermeasures);
        Assert.Equal("balance", balance.CountermeasureId);
        Assert.Equal(["\"X\": a4"], balance.Because);

        // a.y (watch text, rated 2 ≥ 1) and rushing (ease 2 ≥ 2) go on the list; neither reaches the watch level 3.
        Assert.Equal(["watch y", "s"], profile.WatchList.Select(w => w.Signal));
        Assert.All(profile.WatchList, w => Assert.False(w.Priority));
    }

    [Fact]
    public void Score_EverythingNotSure_ScoresZeroWithZeroConfidence()
    {
        var items = Instruments.Tiny.AllItems.ToDictionary(i => i.Id, _ => (int?)null);

        var profile = StressTestScorer.Score(Instruments.Tiny, Instruments.Sheet(Instruments.Tiny, items, null, "pay"));

        Assert.All(profile.Dimensions, d => Assert.Equal(0, d.Score));
        Assert.Equal(0, profile.Overall.Score);
        Assert.Equal(0, profile.Overall.Confidence);
        Assert.Empty(profile.Overall.Contributions);
    }

    [Fact]
    public void Score_NoMeasureName_Throws()
    {
        var sheet = AnswerSheet.Blank(Instruments.Tiny);

        Assert.Throws<ArgumentException>(() => StressTestScorer.Score(Instruments.Tiny, sheet));
    }

    [Property(MaxTest = 300)]
    public bool Score_AnyAnswers_EveryScoreStaysWithin0And100(int[] seeds)
    {
        var profile = StressTestScorer.Score(RandomSheets.Instrument, RandomSheets.From(seeds));

        return RandomSheets.AllScores(profile).All(s => s is >= 0 and <= 100)
            && profile.Dimensions.All(d => d.Confidence is >= 0 and <= 1);
    }

    [Property(MaxTest = 300)]
    public bool Score_RaisingAnyAnswer_NeverLowersAnyScore(int[] seeds, int slot)
    {
        var sheet = RandomSheets.From(seeds);
        var before = RandomSheets.AllScores(StressTestScorer.Score(RandomSheets.Instrument, sheet));
        var after = RandomSheets.AllScores(StressTestScorer.Score(RandomSheets.Instrument, RandomSheets.Raise(sheet, Math.Abs(slot))));

        return before.Zip(after).All(p => p.Second >= p.First - Tolerance);
    }

    [Property(MaxTest = 300)]
    public bool Score_RaisingAnyContextAnswer_NeverLowersAnyScore(int[] seeds, int which)
    {
        var sheet = RandomSheets.From(seeds);
        var before = RandomSheets.AllScores(StressTestScorer.Score(RandomSheets.Instrument, sheet));
        var after = RandomSheets.AllScores(StressTestScorer.Score(RandomSheets.Instrument, RandomSheets.RaiseContext(sheet, which)));

        return before.Zip(after).All(p => p.Second >= p.First - Tolerance);
    }

    [Property(MaxTest = 300)]
    public bool Score_AnswerBecomesNotSure_NeverRaisesRiskNorConfidence(int[] seeds, int slot)
    {
        var sheet = RandomSheets.From(seeds);
        var before = StressTestScorer.Score(RandomSheets.Instrument, sheet);
        var after = StressTestScorer.Score(RandomSheets.Instrument, RandomSheets.NotSure(sheet, Math.Abs(slot)));

        return RandomSheets.AllScores(before).Zip(RandomSheets.AllScores(after)).All(p => p.Second <= p.First + Tolerance)
            && before.Dimensions.Zip(after.Dimensions).All(p => p.Second.Confidence <= p.First.Confidence + Tolerance);
    }

    [Property(MaxTest = 300)]
    public bool Score_AnyAnswers_ContributionsAddUpToEachScoreExactly(int[] seeds)
    {
        var profile = StressTestScorer.Score(RandomSheets.Instrument, RandomSheets.From(seeds));

        return profile.Dimensions.All(d => Math.Abs(d.Contributions.Sum(c => c.Points) - d.Score) < 1e-9)
            && Math.Abs(profile.Overall.Contributions.Sum(c => c.Points) - profile.Overall.Score) < 1e-9
            && Math.Abs(profile.Overall.DimensionShares.Values.Sum() - profile.Overall.Score) < 1e-9;
    }
}
