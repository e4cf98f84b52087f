namespace Goodhart.Statistics.Bunching;

/// <summary>
/// The bin grid of the bunching estimator: which bin a value falls in, and the histogram of raw values, following
/// <c>bin_data</c> in the R package <c>bunching</c>. A data layer that bins in SQL uses the same rule (see
/// <see cref="BinOffset"/>), so a histogram computed where the data lives gives the estimate the raw values give.
/// </summary>
public static class BunchingHistogram
{
    /// <summary>
    /// The offset k of the bin that holds <paramref name="value"/> (its label is z* + k·w), or <c>null</c> when the
    /// value lies outside the window or is not a finite number. With t = (value − z*)/w: median bins take
    /// k = ⌊t + ½⌋, min bins k = ⌊t⌋, max bins k = ⌈t⌉.
    /// </summary>
    /// <param name="value">The case's value, e.g. its time in the department.</param>
    /// <param name="options">The grid: threshold, width, bins each side and bin value.</param>
    public static int? BinOffset(double value, BunchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(value))
        {
            return null;
        }

        var t = (value - options.Threshold) / options.BinWidth;
        var k = options.BinValue switch
        {
            BinValue.Median => Math.Floor(t + 0.5),
            BinValue.Min => Math.Floor(t),
            _ => Math.Ceiling(t),
        };
        return k >= options.LowestOffset && k <= options.HighestOffset ? (int)k : null;
    }

    /// <summary>
    /// The histogram of <paramref name="values"/> on the window's grid: one bin per grid point, empty bins
    /// included, values outside the window and non-finite values left out.
    /// </summary>
    /// <param name="values">The raw values (one per case).</param>
    /// <param name="options">The grid: threshold, width, bins each side and bin value.</param>
    public static IReadOnlyList<BunchingBin> FromValues(ReadOnlySpan<double> values, BunchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var counts = new double[options.BinCount];
        foreach (var value in values)
        {
            if (BinOffset(value, options) is int k)
            {
                counts[k - options.LowestOffset]++;
            }
        }

        var bins = new BunchingBin[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            bins[i] = new BunchingBin(options.Threshold + options.BinWidth * (i + options.LowestOffset), counts[i]);
        }

        return bins;
    }
}
