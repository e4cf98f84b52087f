namespace Goodhart.Detection.Summaries;

/// <summary>
/// How many cases took each whole number of duration units (minutes, seconds, days), computed where the data lives.
/// Recorded durations are whole units in practice, so at one-unit resolution the histogram loses nothing the
/// detectors use; it is what crosses from the database into .NET instead of the cases.
/// </summary>
/// <param name="Unit">The duration unit, e.g. "minutes".</param>
/// <param name="Counts">Count per whole duration, in increasing order of duration; durations without cases may be left out.</param>
/// <param name="Excluded">Cases left out before counting (end before start, negative or absurd durations, unparseable times).</param>
public sealed record DurationHistogram(string Unit, IReadOnlyList<DurationCount> Counts, long Excluded = 0)
{
    /// <summary>The number of cases counted.</summary>
    public long Total => Counts.Sum(c => c.Count);
}
