namespace Goodhart.Statistics.Density;

/// <summary>
/// The sample sorted once, centred at the cutoff, with the empirical distribution function at each observation and
/// the distinct values: everything the estimator and the bandwidth selector need, in O(n log n).
/// </summary>
internal sealed class SortedSample
{
    private SortedSample(double[] centred, double[] cdf, double[] distinct, int leftCount, int distinctLeftCount, bool hasTies)
    {
        Centred = centred;
        Cdf = cdf;
        Distinct = distinct;
        LeftCount = leftCount;
        DistinctLeftCount = distinctLeftCount;
        HasTies = hasTies;
    }

    /// <summary>The observations minus the cutoff, ascending.</summary>
    public double[] Centred { get; }

    /// <summary>
    /// F̂ at each observation: (i − 1)/(n − 1) for the i-th smallest, or with the mass-point adjustment the value of the
    /// last member of its tie, so tied observations share one value (package rddensity).
    /// </summary>
    public double[] Cdf { get; }

    /// <summary>The distinct observations minus the cutoff, ascending.</summary>
    public double[] Distinct { get; }

    /// <summary>Observations below the cutoff.</summary>
    public int LeftCount { get; }

    /// <summary>Distinct values below the cutoff.</summary>
    public int DistinctLeftCount { get; }

    /// <summary>Whether some value occurs more than once.</summary>
    public bool HasTies { get; }

    public int Count => Centred.Length;

    public int RightCount => Count - LeftCount;

    public int DistinctRightCount => Distinct.Length - DistinctLeftCount;

    /// <summary>Sorts and centres a validated sample.</summary>
    public static SortedSample Create(ReadOnlySpan<double> sample, double cutoff, bool massPoints)
    {
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;

        // Ties are found on the raw values, as the package does, before centring.
        var cdf = new double[n];
        var distinct = new List<double>();
        var hasTies = false;
        var leftCount = 0;
        var distinctLeft = 0;
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            hasTies |= end > start;
            distinct.Add(sorted[start] - cutoff);
            if (sorted[start] < cutoff)
            {
                leftCount += end - start + 1;
                distinctLeft++;
            }

            for (var i = start; i <= end; i++)
            {
                cdf[i] = (massPoints ? end : i) / (n - 1.0);
            }

            start = end + 1;
        }

        var centred = new double[n];
        for (var i = 0; i < n; i++)
        {
            centred[i] = sorted[i] - cutoff;
        }

        return new SortedSample(centred, cdf, [.. distinct], leftCount, distinctLeft, hasTies);
    }

    /// <summary>The k-th (from 1) smallest distance to the cutoff among observations below it.</summary>
    public double LeftDistance(int k) => -Centred[LeftCount - k];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among observations at or above it.</summary>
    public double RightDistance(int k) => Centred[LeftCount + k - 1];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among distinct values below it.</summary>
    public double DistinctLeftDistance(int k) => -Distinct[DistinctLeftCount - k];

    /// <summary>The k-th (from 1) smallest distance to the cutoff among distinct values at or above it.</summary>
    public double DistinctRightDistance(int k) => Distinct[DistinctLeftCount + k - 1];

    /// <summary>The index range of observations with −left ≤ x − c ≤ right, found by binary search.</summary>
    public (int Start, int End) Window(double left, double right)
    {
        var start = LowerBound(Centred, -left);
        var end = UpperBound(Centred, right);
        return (start, Math.Max(start, end));
    }

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

    private static int UpperBound(double[] values, double target)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] <= target)
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
