using Goodhart.Registry;
using Goodhart.Reviews;
using Goodhart.Spc;

namespace Goodhart.Tests.Reviews;

public sealed class AgendaBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly LastMeeting = new(2026, 11, 16);

    private static readonly Guid Waits = Guid.NewGuid();
    private static readonly Guid Calls = Guid.NewGuid();
    private static readonly Guid Repeats = Guid.NewGuid();
    private static readonly Guid Tested = Guid.NewGuid();
    private static readonly Guid Fresh = Guid.NewGuid();

    private static AgendaMeasure Measure(Guid id, string name, ReviewCadence cadence, DateOnly? reviewed, DateOnly? tested = null, IReadOnlyList<HealthFlag>? flags = null, DateOnly? created = null) =>
        new(id, name, cadence, created ?? new DateOnly(2026, 1, 5), reviewed, tested, flags ?? []);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    // Hand-worked: Waits (weekly, discussed 16 Nov) is due on the 23rd, today, so not overdue; Calls (monthly, discussed
    // 30 Sep) was due 30 Oct; Repeats (weekly, new on 20 Nov) is due 27 Nov. Tested's stress test of 22 May 2026 turned six
    // months old on 22 Nov, before today; Fresh's of 23 May turns six months today, which is not older.
    private static AgendaInput Input(DateOnly? lastMeeting) => new(
        Today,
        lastMeeting,
        [
            Measure(Waits, "Waits", ReviewCadence.Weekly, LastMeeting),
            Measure(Calls, "Calls", ReviewCadence.Monthly, D(2026, 9, 30), flags: [new HealthFlag(HealthFlagKind.ReviewOverdue, "Overdue.")]),
            Measure(Repeats, "Repeats", ReviewCadence.Weekly, null, flags: [new HealthFlag(HealthFlagKind.NoOwner, "Nobody owns it.")], created: D(2026, 11, 20)),
            Measure(Tested, "Tested", ReviewCadence.Weekly, LastMeeting, tested: D(2026, 5, 22)),
            Measure(Fresh, "Fresh", ReviewCadence.Weekly, LastMeeting, tested: D(2026, 5, 23)),
        ],
        [
            // Began before the last meeting but still going on after it: new business.
            new MeasureSignal(Waits, D(2026, 10, 5), D(2026, 11, 20), 7, SignalKind.Concern, SpcRule.Shift),
            // Over before the last meeting.
            new MeasureSignal(Waits, D(2026, 9, 1), D(2026, 9, 20), 3, SignalKind.Concern, SpcRule.TwoOfThree),
            // Already decided on.
            new MeasureSignal(Calls, D(2026, 11, 17), D(2026, 11, 17), 1, SignalKind.Improvement, SpcRule.BeyondLimits),
        ],
        [new SignalKey(Calls, D(2026, 11, 17))],
        [
            new OpenAction(Guid.NewGuid(), "Check the rota.", "Ben", D(2026, 12, 1), null),
            new OpenAction(Guid.NewGuid(), "Ask the night shift.", "Ana", D(2026, 11, 20), Waits),
        ],
        [new ScanNote("Calls bunch just under 20 seconds.", D(2026, 11, 18), Calls), new ScanNote("Old finding.", D(2026, 11, 10), null)]);

    [Fact]
    public void Build_AfterAMeeting_ListsWhatChangedInAgendaOrder()
    {
        var agenda = AgendaBuilder.Build(Input(LastMeeting));

        Assert.Equal(LastMeeting, agenda.Since);
        Assert.False(agenda.IsFirst);
        Assert.Equal(
            [
                (AgendaItemKind.OpenAction, (Guid?)Waits),
                (AgendaItemKind.OpenAction, null),
                (AgendaItemKind.NewSignal, Waits),
                (AgendaItemKind.ScanFinding, Calls),
                (AgendaItemKind.ReviewOverdue, Calls),
                (AgendaItemKind.Ornament, Repeats),
                (AgendaItemKind.StressTestStale, Tested),
            ],
            agenda.Items.Select(i => (i.Kind, i.MeasureId)));
    }

    [Theory]
    [InlineData("Ask the night shift", "Ana: Ask the night shift. Due 1 December 2026.")]
    [InlineData("Ask the night shift?  ", "Ana: Ask the night shift? Due 1 December 2026.")]
    public void Build_ActionTypedWithoutAFullStop_GetsOneBeforeItsDueDate(string text, string expected)
    {
        var input = Input(LastMeeting) with { OpenActions = [new OpenAction(Guid.NewGuid(), text, "Ana", D(2026, 12, 1), null)] };

        var item = Assert.Single(AgendaBuilder.Build(input).Items, i => i.Kind == AgendaItemKind.OpenAction);

        Assert.Equal(expected, item.Text);
    }

    [Fact]
    public void Build_AfterAMeeting_SaysEachItemInPlainWords()
    {
        var items = AgendaBuilder.Build(Input(LastMeeting)).Items;

        // 20 Nov to 23 Nov is 3 days.
        Assert.Equal("Ana: Ask the night shift. Due 20 November 2026. 3 days overdue. About Waits.", items[0].Text);
        Assert.Equal("Ben: Check the rota. Due 1 December 2026.", items[1].Text);
        Assert.Equal(
            "Waits: a signal of concern from 2026-10-05 to 2026-11-20 (7 values): a run of values on one side of the average. Decide whether it is noise, being investigated, or real with an action.",
            items[2].Text);
        Assert.Equal("Scan of 18 November 2026 (Calls): Calls bunch just under 20 seconds.", items[3].Text);
        Assert.Equal("Calls is reviewed monthly and was due on 30 October 2026; last discussed on 30 September 2026.", items[4].Text);
        Assert.Equal("Repeats shows signs of ornament. Nobody owns it.", items[5].Text);
        Assert.StartsWith("Tested was last stress-tested on 22 May 2026, more than 6 months ago", items[6].Text, StringComparison.Ordinal);
        Assert.Equal(D(2026, 10, 5), Assert.Single(AgendaBuilder.Build(Input(LastMeeting)).Signals).First);
    }

    [Fact]
    public void Build_BeforeTheFirstMeeting_LooksBackSixMonths()
    {
        var input = Input(null) with
        {
            Signals =
            [
                // Six months before 23 Nov is 23 May: a signal that ended that day is outside, one a day later inside.
                new MeasureSignal(Waits, D(2026, 5, 1), D(2026, 5, 23), 3, SignalKind.Concern, SpcRule.Trend),
                new MeasureSignal(Calls, D(2026, 5, 24), D(2026, 5, 24), 1, SignalKind.Improvement, SpcRule.BeyondLimits),
            ],
            Disposed = [],
        };

        var agenda = AgendaBuilder.Build(input);

        Assert.True(agenda.IsFirst);
        Assert.Equal(D(2026, 5, 23), agenda.Since);
        var signal = Assert.Single(agenda.Signals);
        Assert.Equal(Calls, signal.MeasureId);
        Assert.Contains(agenda.Items, i => i.Kind == AgendaItemKind.ScanFinding && i.Text.Contains("Old finding.", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NeverReviewedWeeklyMeasureAddedNineDaysAgo_IsOverdueCountedFromItsCard()
    {
        // Added 14 Nov, weekly: due 21 Nov, so overdue on the 23rd.
        var input = Input(LastMeeting) with { Measures = [Measure(Repeats, "Repeats", ReviewCadence.Weekly, null, created: D(2026, 11, 14))], OpenActions = [], Findings = [], Signals = [] };

        var item = Assert.Single(AgendaBuilder.Build(input).Items);

        Assert.Equal(AgendaItemKind.ReviewOverdue, item.Kind);
        Assert.Equal("Repeats is reviewed weekly and was due on 21 November 2026; never discussed since it was added on 14 November 2026.", item.Text);
    }

    [Fact]
    public void Build_SignalOfAMeasureNotInTheRegistry_IsLeftOut()
    {
        var input = Input(LastMeeting) with { Signals = [new MeasureSignal(Guid.NewGuid(), D(2026, 11, 20), D(2026, 11, 20), 1, SignalKind.Concern, SpcRule.BeyondLimits)] };

        Assert.Empty(AgendaBuilder.Build(input).Signals);
    }
}
