namespace Goodhart.Spc;

/// <summary>
/// One measure series to chart: periods with a value each, and for P, P′, U and U′ charts a denominator each.
/// A missing value (<c>null</c>) keeps its place in time.
/// </summary>
/// <param name="Name">The series name (e.g. a provider code), carried into the result.</param>
/// <param name="Keys">The periods, in the order to plot them.</param>
/// <param name="Values">
/// The value of each period, or the numerator on P, P′, U, U′ charts (events, or cases meeting the
/// standard); on run, I and mR charts with denominators the plotted value is value / denominator.
/// </param>
/// <param name="Denominators">The denominators (cases, exposure), or <c>null</c>.</param>
public sealed record SpcSeries(
    string Name,
    IReadOnlyList<SpcKey> Keys,
    IReadOnlyList<double?> Values,
    IReadOnlyList<double?>? Denominators = null)
{
    /// <summary>A series of values at periods 1, 2, …, n.</summary>
    /// <param name="name">The series name.</param>
    /// <param name="values">The values.</param>
    public static SpcSeries Of(string name, IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new SpcSeries(name, SpcKey.Sequence(values.Count), values);
    }

    /// <summary>A series of numerators over denominators at periods 1, 2, …, n.</summary>
    /// <param name="name">The series name.</param>
    /// <param name="numerators">The numerators.</param>
    /// <param name="denominators">The denominators.</param>
    public static SpcSeries Of(string name, IReadOnlyList<double?> numerators, IReadOnlyList<double?> denominators)
    {
        ArgumentNullException.ThrowIfNull(numerators);
        return new SpcSeries(name, SpcKey.Sequence(numerators.Count), numerators, denominators);
    }
}
