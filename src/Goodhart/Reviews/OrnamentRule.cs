namespace Goodhart.Reviews;

/// <summary>
/// A measure whose signals are never discussed is ornament: its chart shows the work changing, reviews are held, and
/// nobody says whether the change is noise, being looked into, or real.
/// </summary>
public static class OrnamentRule
{
    /// <summary>
    /// The measure's passed-over signals when reviews were held after they began, none of the measure's signals has
    /// ever been given a disposition, and no action was ever raised on it; otherwise <c>null</c>. A single disposition
    /// or action clears it.
    /// </summary>
    /// <param name="signals">The measure's signals.</param>
    /// <param name="disposed">The signals (of any measure) a review has given a disposition.</param>
    /// <param name="meetings">The dates of the reviews held.</param>
    /// <param name="actedOn">Whether any review raised an action on the measure.</param>
    public static IgnoredSignals? Check(IReadOnlyList<MeasureSignal> signals, IReadOnlyCollection<SignalKey> disposed, IReadOnlyList<DateOnly> meetings, bool actedOn)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(disposed);
        ArgumentNullException.ThrowIfNull(meetings);
        if (actedOn || signals.Any(s => disposed.Contains(s.Key)))
        {
            return null;
        }

        // A review on the day a signal's period begins may not have had its value yet.
        var passed = signals.Where(s => meetings.Any(d => d > s.First)).ToList();
        if (passed.Count == 0)
        {
            return null;
        }

        var since = passed.Min(s => s.First);
        return new IgnoredSignals(passed.Count, since, meetings.Count(d => d > since));
    }
}
