namespace Goodhart.Reviews;

/// <summary>
/// The two windows a weekly business review reads a measure through, side by side: the last six weeks (what happened
/// lately) and the last twelve months (whether that is new). Both end at the series' latest period.
/// </summary>
/// <param name="AsOf">The latest period, or <c>null</c> for an empty series.</param>
/// <param name="SixWeeks">Indexes of the periods after <c>AsOf − 42 days</c>, up to and including <c>AsOf</c>.</param>
/// <param name="TwelveMonths">Indexes of the periods after <c>AsOf − 12 calendar months</c>, up to and including <c>AsOf</c>.</param>
public sealed record TrailingView(DateOnly? AsOf, IReadOnlyList<int> SixWeeks, IReadOnlyList<int> TwelveMonths)
{
    /// <summary>The windows of a series given its periods in increasing order.</summary>
    /// <param name="periods">The series' periods, increasing.</param>
    public static TrailingView Of(IReadOnlyList<DateOnly> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return new TrailingView(null, [], []);
        }

        var asOf = periods[^1];
        var weeksFrom = asOf.AddDays(-42);
        var monthsFrom = asOf.AddMonths(-12);
        var weeks = new List<int>();
        var months = new List<int>();
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i] > weeksFrom && periods[i] <= asOf)
            {
                weeks.Add(i);
            }

            if (periods[i] > monthsFrom && periods[i] <= asOf)
            {
                months.Add(i);
            }
        }

        return new TrailingView(asOf, weeks, months);
    }
}
