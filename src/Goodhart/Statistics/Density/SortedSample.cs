namespace Goodhart.Statistics.Density;

/// <summary>
/// The sample sorted once, centred at the cutoff and grouped by distinct value with each value's count and the rank
/// of its first observation: everything the estimator and the bandwidth selector need. Every sum over observations
/// becomes a weighted sum over distinct values, so a histogram is never expanded into one number per case.
/// </summary>
internal sealed class SortedSample
{
    private SortedSample(double[] distinct, int[] counts, int distinctLeftCount)
    {
        Distinct = distinct;
        Counts = counts;
        Starts = new int[counts.Length + 1];
        for (var g = 0; g < counts.Length; g++)
        {
            Starts[g + 1] = Starts[g] + counts[g];
            HasTies |= counts[g] > 1;
        }

        DistinctLeftCount = distinctLeftCount;
    }

    /// <summary>The distinct observations minus the cutoff, ascending.</summary>
    public double[] Distinct { get; }

    /// <summary>How many observations take each distinct value (all at least 1).</summary>
    public int[] Counts { get; }

    /// <summary>
    /// The 0-based rank of the first observation of each distinct value, and the sample size last. The empirical
    /// distribution function of the r-th (from 0) smallest observation is r/(n − 1), or with the mass-point adjustment
    /// that of the last member of its tie, so tied observations share one value (package rddensity).
    /// </summary>
    public int[] Starts { get; }

    /// <summary>Distinct values below the cutoff.</summary>
    public int DistinctLeftCount { get; }

    /// <summary>Whether some value occurs more than once.</summary>
    public bool HasTies { get; }

    public int Count => Starts[^1];

    /// <summary>Observations below the cutoff.</summary>
    public int LeftCount => Starts[DistinctLeftCount];

    public int RightCount => Count - LeftCount;

    public int DistinctRightCount => Distinct.Length - DistinctLeftCount;

    /// <summary>Sorts, groups and centres a validated sample.</summary>
    public static SortedSample Create(ReadOnlySpan<double> sample, double cutoff)
    {
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        var distinct = new List<double>();
        var counts = new List<int>();
        var distinctLeft = 0;
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            Add(distinct, counts, ref distinctLeft, sorted[start], end - start, cutoff);
            start = end;
        }

        return new SortedSample([.. distinct], [.. counts], distinctLeft);
    }

    /// <summary>Sorts, merges equal values, drops empty ones and centres validated mass points.</summary>
    public static SortedSample Create(ReadOnlySpan<MassPoint> points, double cutoff)
    {
        var sorted = points.ToArray();
        Array.Sort(sorted, static (a, b) => a.Value.CompareTo(b.Value));
        var distinct = new List<double>();
        var counts = new List<int>();
        var distinctLeft = 0;
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            var count = sorted[start].Count;
            while (end < sorted.Length && sorted[end].Value == sorted[start].Value)
            {
                count += sorted[end].Count;
                end++;
            }

            if (count > 0)
            {
                Add(distinct, counts, ref distinctLeft, sorted[start].Value, (int)count, cutoff);
            }

            start = end;
        }

        return new SortedSample([.. distinct], [.. counts], distinctLeft);
    }

    // Ties are found on the raw values, as the package does, before centring.
    private static void Add(List<double> distinct, List<int> counts, ref int distinctLeft, double value, int count, double cutoff)
    {
        distinct.Add(value - cutoff);
        counts.Add(count);
        if (value < cutoff)
        {
            distinctLeft++;
        }
    }

    /// <summary>The k-th (from 1) smallest distance to the cutoff among observations below it.</summary>
    public double LeftDistance(int k) => -Distinct[GroupOf(LeftCount - k)];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among observations at or above it.</summary>
    public double RightDistance(int k) => Distinct[GroupOf(LeftCount + k - 1)];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among distinct values below it.</summary>
    public double DistinctLeftDistance(int k) => -Distinct[DistinctLeftCount - k];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among distinct values at or above it.</summary>
    public double DistinctRightDistance(int k) => Distinct[DistinctLeftCount + k - 1];

    /// <summary>The range of distinct values with −left ≤ x − c ≤ right, found by binary search.</summary>
    public SampleWindow Window(double left, double right)
    {
        var start = LowerBound(Distinct, -left);
        var end = Math.Max(start, UpperBound(Distinct, right));
        return new SampleWindow(start, end, Math.Max(0, Math.Min(DistinctLeftCount, end) - start), Starts[end] - Starts[start], Math.Max(0, Math.Min(LeftCount, Starts[end]) - Starts[start]));
    }

    /// <summary>The distinct value holding the observation of 0-based rank <paramref name="rank"/>.</summary>
    private int GroupOf(int rank) => UpperBound(Starts, rank) - 1;

    private static int LowerBound(double[] values, double target)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound<T>(T[] values, T target)
        where T : IComparable<T>
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid].CompareTo(target) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
