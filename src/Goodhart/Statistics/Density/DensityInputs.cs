namespace Goodhart.Statistics.Density;

/// <summary>Checks the sample and options at the public boundary, with the package's rules.</summary>
internal static class DensityInputs
{
    public static void Validate(ReadOnlySpan<double> sample, DensityTestOptions options, string sampleName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < sample.Length; i++)
        {
            var v = sample[i];
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Observation {i} is {v}; the sample must hold finite numbers only (drop missing values first).", sampleName);
            }

            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        ValidateOptions(options, min, max, "sample");
    }

    public static void Validate(ReadOnlySpan<MassPoint> histogram, DensityTestOptions options, string histogramName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var total = 0L;
        for (var i = 0; i < histogram.Length; i++)
        {
            var (v, c) = histogram[i];
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Value {i} is {v}; the histogram must hold finite values only (drop missing values first).", histogramName);
            }

            if (c < 0)
            {
                throw new ArgumentException($"Value {i} ({v}) has count {c}; counts cannot be negative.", histogramName);
            }

            if (c == 0)
            {
                continue;
            }

            total += c;
            if (total > int.MaxValue)
            {
                throw new ArgumentException($"The counts add up to more than {int.MaxValue} observations; narrow the range of values.", histogramName);
            }

            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        ValidateOptions(options, min, max, "histogram's values");
    }

    private static void ValidateOptions(DensityTestOptions options, double min, double max, string what)
    {
        if (!double.IsFinite(options.Cutoff) || !(options.Cutoff > min && options.Cutoff < max))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Cutoff, $"The cutoff must lie strictly inside the range of the {what} [{min}, {max}].");
        }

        if (options.Order is < 1 or > DensityTestOptions.MaximumOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Order, $"The polynomial order p must be between 1 and {DensityTestOptions.MaximumOrder}.");
        }

        if (options.EffectiveBiasCorrectionOrder < options.Order)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BiasCorrectionOrder, "The bias-correction order q cannot be smaller than p.");
        }

        if (options.MinimumLocalCount < 0 || options.MinimumLocalUniqueCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The minimum local counts cannot be negative.");
        }

        if (options.Bandwidths is { } h)
        {
            if (!(h.Left > 0 && h.Right > 0) || !double.IsFinite(h.Left) || !double.IsFinite(h.Right))
            {
                throw new ArgumentOutOfRangeException(nameof(options), h, "Bandwidths must be positive and finite.");
            }

            if (options.Fit == DensityFitModel.Restricted && h.Left != h.Right)
            {
                throw new ArgumentException("The restricted fit needs the same bandwidth on both sides.", nameof(options));
            }
        }

        if (options.Fit == DensityFitModel.Restricted && options.BandwidthRule == BandwidthRule.Each)
        {
            throw new ArgumentException("The 'each' bandwidth rule needs the unrestricted fit.", nameof(options));
        }
    }

    public static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> sample) => sample switch
    {
        T[] array => array,
        List<T> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => sample.ToArray(),
    };
}
