namespace Goodhart.Registry;

/// <summary>Calendar arithmetic and wording for <see cref="ReviewCadence"/>.</summary>
public static class ReviewCadences
{
    /// <summary>The date a number of cadences after <paramref name="from"/>; months and years follow the calendar.</summary>
    public static DateOnly After(this ReviewCadence cadence, DateOnly from, int count) => cadence switch
    {
        ReviewCadence.Weekly => from.AddDays(7 * count),
        ReviewCadence.Fortnightly => from.AddDays(14 * count),
        ReviewCadence.Monthly => from.AddMonths(count),
        ReviewCadence.Quarterly => from.AddMonths(3 * count),
        ReviewCadence.Yearly => from.AddYears(count),
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Not a review cadence."),
    };

    /// <summary>The cadence in lower-case words, e.g. "weekly".</summary>
    public static string Describe(this ReviewCadence cadence) => cadence switch
    {
        ReviewCadence.Weekly => "weekly",
        ReviewCadence.Fortnightly => "fortnightly",
        ReviewCadence.Monthly => "monthly",
        ReviewCadence.Quarterly => "quarterly",
        ReviewCadence.Yearly => "yearly",
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Not a review cadence."),
    };
}
