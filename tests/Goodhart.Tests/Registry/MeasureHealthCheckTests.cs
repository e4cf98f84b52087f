using Goodhart.Registry;

namespace Goodhart.Tests.Registry;

public sealed class MeasureHealthCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    // Ten words of definition and a formula: healthy on every count.
    private static MeasureCard Healthy(string name = "Calls answered in 20 s", string? owner = "Ana") => new(
        Guid.NewGuid(),
        name,
        Definition: "Share of calls offered that a person answers within twenty seconds",
        Formula: "answered within 20 s / offered",
        Owner: owner,
        DecisionInformed: "Rostering each shift",
        Cadence: ReviewCadence.Weekly,
        CreatedOn: new DateOnly(2026, 1, 5),
        LastReviewedOn: new DateOnly(2026, 11, 16),
        TargetValue: null,
        TargetAttachment: TargetAttachment.Nothing,
        BalancingMeasureIds: []);

    private static MeasureHealth CheckAlone(MeasureCard card) => MeasureHealthCheck.Check([card], Today).For(card.Id);

    [Fact]
    public void Check_CompleteCard_RaisesNoFlag()
    {
        var health = CheckAlone(Healthy());

        Assert.True(health.IsHealthy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_NoOwner_FlagsNoOwnerWithAReason(string? owner)
    {
        var health = CheckAlone(Healthy() with { Owner = owner });

        var flag = Assert.Single(health.Flags);
        Assert.Equal(HealthFlagKind.NoOwner, flag.Kind);
        Assert.Contains("owner", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoDecision_FlagsNoDecision()
    {
        var health = CheckAlone(Healthy() with { DecisionInformed = " " });

        Assert.Equal([HealthFlagKind.NoDecision], health.Flags.Select(f => f.Kind));
    }

    // Weekly, last reviewed 2 November: two cadences end 16 November; the 23rd is past it. 9 November would end the
    // 23rd itself, which is still within two cadences.
    [Theory]
    [InlineData(ReviewCadence.Weekly, "2026-11-02", true)]
    [InlineData(ReviewCadence.Weekly, "2026-11-09", false)]
    [InlineData(ReviewCadence.Fortnightly, "2026-10-25", true)]
    [InlineData(ReviewCadence.Fortnightly, "2026-10-26", false)]
    [InlineData(ReviewCadence.Monthly, "2026-09-22", true)]
    [InlineData(ReviewCadence.Monthly, "2026-09-23", false)]
    [InlineData(ReviewCadence.Quarterly, "2026-05-22", true)]
    [InlineData(ReviewCadence.Quarterly, "2026-05-23", false)]
    [InlineData(ReviewCadence.Yearly, "2024-11-22", true)]
    [InlineData(ReviewCadence.Yearly, "2024-11-23", false)]
    public void Check_LastReviewed_FlagsOnlyAfterTwoCadences(ReviewCadence cadence, string lastReviewed, bool overdue)
    {
        var card = Healthy() with { Cadence = cadence, CreatedOn = new DateOnly(2020, 1, 1), LastReviewedOn = DateOnly.Parse(lastReviewed, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(overdue, CheckAlone(card).Has(HealthFlagKind.ReviewOverdue));
    }

    [Fact]
    public void Check_NeverReviewed_CountsFromTheDayItWasAdded()
    {
        var fresh = Healthy() with { LastReviewedOn = null, CreatedOn = new DateOnly(2026, 11, 20) };
        var old = Healthy() with { LastReviewedOn = null, CreatedOn = new DateOnly(2026, 11, 1) };

        Assert.False(CheckAlone(fresh).Has(HealthFlagKind.ReviewOverdue));
        var flag = Assert.Single(CheckAlone(old).Flags);
        Assert.Equal(HealthFlagKind.ReviewOverdue, flag.Kind);
        Assert.Contains("Never reviewed since it was added on 1 November 2026", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TargetWithoutBalancing_FlagsAndSaysWhatHangsOnIt()
    {
        var card = Healthy() with { TargetValue = 95, TargetAttachment = TargetAttachment.Pay };

        var flag = Assert.Single(CheckAlone(card).Flags);

        Assert.Equal(HealthFlagKind.TargetWithoutBalancing, flag.Kind);
        Assert.Contains("(95)", flag.Reason, StringComparison.Ordinal);
        Assert.Contains("Pay depends on it", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TargetWithBalancingMeasure_RaisesNoFlag()
    {
        var card = Healthy() with { TargetValue = 95, BalancingMeasureIds = [Guid.NewGuid()] };

        Assert.True(CheckAlone(card).IsHealthy);
    }

    // "Share of calls answered quickly" is 5 words (< 8); the rule also needs a formula.
    [Theory]
    [InlineData("Share of calls answered quickly", "answered / offered", true)]
    [InlineData("Share of calls offered that a person answers within twenty seconds", "", true)]
    [InlineData("Share of calls offered that a person answers within twenty seconds", "answered / offered", false)]
    [InlineData("one two three four five six seven eight", "x", false)]
    [InlineData("one two three four five six seven", "x", true)]
    [InlineData(null, "x", true)]
    public void Check_Definition_IsVagueBelowEightWordsOrWithoutFormula(string? definition, string formula, bool vague)
    {
        var card = Healthy() with { Definition = definition, Formula = formula };

        Assert.Equal(vague, CheckAlone(card).Has(HealthFlagKind.VagueDefinition));
    }

    [Fact]
    public void Check_VagueDefinition_ReasonNamesTheWordCountAndTheMissingFormula()
    {
        var card = Healthy() with { Definition = "Calls answered fast", Formula = null };

        var flag = Assert.Single(CheckAlone(card).Flags);

        Assert.Equal(
            "Its definition is vague: its definition has 3 words, fewer than the 8 needed to say what counts and what does not, and no formula says how the number is worked out. Two people could count it differently.",
            flag.Reason);
    }

    [Fact]
    public void CountWords_PunctuationAndSymbols_CountOnlyRunsOfLettersOrDigits()
    {
        Assert.Equal(6, MeasureHealthCheck.CountWords("Calls (answered) in 20 s — all!"));
        Assert.Equal(0, MeasureHealthCheck.CountWords(" -- / "));
    }

    [Fact]
    public void Check_OwnerWithMoreThanTheThreshold_FlagsEveryOneOfTheirMeasures()
    {
        // Eight measures on Ana (spelled three ways), one on Ben; the default threshold is seven.
        var registry = Enumerable.Range(0, 8)
            .Select(i => Healthy($"Measure {i}", owner: (i % 3) switch { 0 => "Ana", 1 => " ana ", _ => "ANA" }))
            .Append(Healthy("Ben's", owner: "Ben"))
            .ToList();

        var health = MeasureHealthCheck.Check(registry, Today);

        Assert.Equal(8, health.Measures.Count(m => m.Has(HealthFlagKind.OwnerOverloaded)));
        Assert.True(health.For(registry[^1].Id).IsHealthy);
        Assert.Equal(8, Assert.Single(health.OverloadedOwners).Value);
        Assert.Contains("owns 8 measures, more than the 7", health.For(registry[0].Id).Flags.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OwnerAtTheThreshold_IsNotFlagged()
    {
        var registry = Enumerable.Range(0, 3).Select(i => Healthy($"M{i}")).ToList();

        var health = MeasureHealthCheck.Check(registry, Today, new HealthCheckOptions { MaxMeasuresPerOwner = 3 });

        Assert.Equal(0, health.FlaggedCount);
        Assert.Empty(health.OverloadedOwners);
    }

    [Fact]
    public void Check_EmptyCard_RaisesEveryFlagThatApplies_InOrder()
    {
        var card = new MeasureCard(Guid.NewGuid(), "Ornament", null, null, null, null, ReviewCadence.Monthly,
            new DateOnly(2026, 1, 1), null, 10, TargetAttachment.LeagueTable, []);

        var kinds = CheckAlone(card).Flags.Select(f => f.Kind);

        Assert.Equal([HealthFlagKind.NoOwner, HealthFlagKind.NoDecision, HealthFlagKind.ReviewOverdue, HealthFlagKind.TargetWithoutBalancing, HealthFlagKind.VagueDefinition], kinds);
    }
}
