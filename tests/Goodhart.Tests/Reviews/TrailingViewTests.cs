using Goodhart.Reviews;

namespace Goodhart.Tests.Reviews;

public sealed class TrailingViewTests
{
    [Fact]
    public void Of_WeeklySeries_SixWeeksAreTheLastSixValuesAndTwelveMonthsTheWholeSixteenWeeks()
    {
        // Mondays 3 Aug to 16 Nov 2026: 16 weeks. Six weeks back from 16 Nov is 5 Oct, which is outside; 12 Oct on is inside.
        var periods = Enumerable.Range(0, 16).Select(i => new DateOnly(2026, 8, 3).AddDays(7 * i)).ToList();

        var view = TrailingView.Of(periods);

        Assert.Equal(new DateOnly(2026, 11, 16), view.AsOf);
        Assert.Equal([10, 11, 12, 13, 14, 15], view.SixWeeks);
        Assert.Equal(Enumerable.Range(0, 16), view.TwelveMonths);
    }

    [Fact]
    public void Of_MonthlySeries_TwelveMonthsAreTheLastTwelveValues()
    {
        // 1 Nov 2024 to 1 Nov 2026: 25 months. Twelve months back from 1 Nov 2026 is 1 Nov 2025, outside; Dec 2025 on is inside.
        // Six weeks back is 20 Sep 2026: 1 Oct and 1 Nov are inside.
        var periods = Enumerable.Range(0, 25).Select(i => new DateOnly(2024, 11, 1).AddMonths(i)).ToList();

        var view = TrailingView.Of(periods);

        Assert.Equal(Enumerable.Range(13, 12), view.TwelveMonths);
        Assert.Equal([23, 24], view.SixWeeks);
    }

    [Fact]
    public void Of_EmptySeries_HasNoWindows()
    {
        var view = TrailingView.Of([]);

        Assert.Null(view.AsOf);
        Assert.Empty(view.SixWeeks);
        Assert.Empty(view.TwelveMonths);
    }
}
