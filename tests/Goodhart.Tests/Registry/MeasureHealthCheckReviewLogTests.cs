using Goodhart.Registry;
using Goodhart.Reviews;

namespace Goodhart.Tests.Registry;

public sealed class MeasureHealthCheckReviewLogTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static MeasureCard Card(DateOnly? lastReviewed) => new(
        Guid.NewGuid(),
        "Calls answered in 20 s",
        Definition: "Share of calls offered that a person answers within twenty seconds",
        Formula: "answered within 20 s / offered",
        Owner: "Ana",
        DecisionInformed: "Rostering each shift",
        Cadence: ReviewCadence.Weekly,
        CreatedOn: new DateOnly(2020, 1, 6),
        LastReviewedOn: lastReviewed,
        TargetValue: null,
        TargetAttachment: TargetAttachment.Nothing,
        BalancingMeasureIds: []);

    private static MeasureHealth Check(MeasureCard card, ReviewRecord? record) =>
        MeasureHealthCheck.Check([card], Today, reviews: record is null ? null : new Dictionary<Guid, ReviewRecord> { [card.Id] = record }).For(card.Id);

    [Fact]
    public void Check_LogSaysDiscussedTwoWeeksAgo_CountsFromTheLogNotTheCard()
    {
        // The card says 16 Nov, within two weeks; the log's last discussion was 2 Nov, two weeks ended 16 Nov: overdue.
        var health = Check(Card(new DateOnly(2026, 11, 16)), new ReviewRecord(new DateOnly(2026, 11, 2), null));

        var flag = Assert.Single(health.Flags);
        Assert.Equal(HealthFlagKind.ReviewOverdue, flag.Kind);
        Assert.Contains("Last reviewed on 2 November 2026", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LogSaysDiscussedLastWeek_ClearsAnOldCardDate()
    {
        var health = Check(Card(null), new ReviewRecord(new DateOnly(2026, 11, 16), null));

        Assert.True(health.IsHealthy);
    }

    [Fact]
    public void Check_LogNeverDiscussedIt_KeepsTheCardDate()
    {
        var health = Check(Card(new DateOnly(2026, 11, 16)), new ReviewRecord(null, null));

        Assert.True(health.IsHealthy);
    }

    [Fact]
    public void Check_SignalsPassedOver_FlagsNeverDiscussedWithWhatWasPassedOver()
    {
        var health = Check(Card(new DateOnly(2026, 11, 16)), new ReviewRecord(new DateOnly(2026, 11, 16), new IgnoredSignals(2, new DateOnly(2026, 10, 5), 3)));

        var flag = Assert.Single(health.Flags);
        Assert.Equal(HealthFlagKind.NeverDiscussed, flag.Kind);
        Assert.Equal(
            "Its chart has shown 2 signals since 5 October 2026, and 3 reviews have been held since without deciding whether any is noise or real, or raising an action on it: it is looked at, not used.",
            flag.Reason);
    }
}
