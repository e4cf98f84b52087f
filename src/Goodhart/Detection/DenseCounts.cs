using Goodhart.Detection.Summaries;

namespace Goodhart.Detection;

/// <summary>A duration histogram laid out densely from its lowest to its highest duration, missing durations as zero.</summary>
internal sealed class DenseCounts
{
    private readonly double[] _counts;
    private readonly double[] _atLeast;

    private DenseCounts(long lowest, double[] counts)
    {
        Lowest = lowest;
        _counts = counts;
        _atLeast = new double[counts.Length + 1];
        for (var i = counts.Length - 1; i >= 0; i--)
        {
            _atLeast[i] = _atLeast[i + 1] + counts[i];
        }
    }

    public long Lowest { get; }

    public long Highest => Lowest + _counts.Length - 1;

    public double Total => _atLeast[0];

    public static DenseCounts From(DurationHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(histogram.Counts);
        var rows = histogram.Counts.Where(c => c.Count > 0).ToArray();
        foreach (var row in histogram.Counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row.Count, nameof(histogram));
        }

        if (rows.Length == 0)
        {
            return new DenseCounts(0, []);
        }

        var lowest = rows.Min(r => r.Duration);
        var highest = rows.Max(r => r.Duration);
        var counts = new double[checked(highest - lowest + 1)];
        foreach (var row in rows)
        {
            counts[row.Duration - lowest] += row.Count;
        }

        return new DenseCounts(lowest, counts);
    }

    /// <summary>Cases that took exactly <paramref name="duration"/> units.</summary>
    public double At(long duration) => duration < Lowest || duration > Highest ? 0 : _counts[duration - Lowest];

    /// <summary>Cases still open at the start of <paramref name="duration"/>: those that took it or longer.</summary>
    public double AtLeast(long duration) => duration <= Lowest ? Total : duration > Highest ? 0 : _atLeast[duration - Lowest];

    /// <summary>Cases with durations in [from, to].</summary>
    public double Between(long from, long to) => to < from ? 0 : AtLeast(from) - AtLeast(to + 1);

    /// <summary>The smallest duration at or below which at least <paramref name="share"/> of the cases lie.</summary>
    public long Quantile(double share)
    {
        var target = share * Total;
        double running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += _counts[i];
            if (running >= target)
            {
                return Lowest + i;
            }
        }

        return Highest;
    }
}
