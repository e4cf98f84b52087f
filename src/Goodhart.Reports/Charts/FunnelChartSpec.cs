using Goodhart.Reports.Funnel;
using Goodhart.Spc;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Charts;

/// <summary>
/// A funnel plot: each unit's rate against its denominator, the target as a centre line, and the 95% and 99.8%
/// limits as curves that narrow as the denominator grows. Units beyond the 99.8% limits are labelled. Every value
/// is on the display scale (already multiplied).
/// </summary>
/// <param name="Title">A title, or empty for none.</param>
/// <param name="Subtitle">How the limits were drawn, in words (method and over-dispersion adjustment).</param>
/// <param name="XLabel">The horizontal axis label (the denominator).</param>
/// <param name="YLabel">The vertical axis label (the rate).</param>
/// <param name="Target">The centre line.</param>
/// <param name="Points">One point per unit.</param>
/// <param name="Curve">The limits over a grid of denominators, in increasing order.</param>
public sealed record FunnelChartSpec(
    string Title,
    string Subtitle,
    string XLabel,
    string YLabel,
    double Target,
    IReadOnlyList<FunnelChartPoint> Points,
    IReadOnlyList<FunnelCurvePoint> Curve) : ChartSpec
{
    /// <summary>The chart of <paramref name="result"/>, with rates and limits multiplied by its multiplier.</summary>
    /// <param name="result">The funnel.</param>
    /// <param name="title">A title, or empty.</param>
    /// <param name="xLabel">The denominator's label, or <c>null</c> for "Cases" (proportions) or "Exposure" (rates).</param>
    /// <param name="yLabel">The rate's label, or <c>null</c> for "Proportion" or "Rate" (with "per …" when multiplied).</param>
    public static FunnelChartSpec From(FunnelResult result, string title = "", string? xLabel = null, string? yLabel = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Options.Multiplier;
        var points = result.Units
            .Select(u => new FunnelChartPoint(u.Name, u.Denominator, u.Rate * m, u.Band, u.Signal))
            .ToList();
        var curve = result.Curve
            .Select(c => new FunnelCurvePoint(c.Denominator, new FunnelLimits(
                c.Limits.Lower95 * m, c.Limits.Upper95 * m, c.Limits.Lower998 * m, c.Limits.Upper998 * m)))
            .ToList();
        var proportion = result.Kind == FunnelKind.Proportion;
        var defaultY = (proportion, m) switch
        {
            (true, 100) => "Percent",
            (true, 1) => "Proportion",
            (false, 1) => "Rate",
            _ => (proportion ? "Proportion" : "Rate") + " per " + m.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture),
        };
        return new FunnelChartSpec(
            title ?? string.Empty,
            FunnelTexts.LimitsInWords(result),
            xLabel ?? (proportion ? "Cases" : "Exposure"),
            yLabel ?? defaultY,
            result.Target * m,
            points,
            curve);
    }
}

/// <summary>One unit on a <see cref="FunnelChartSpec"/>.</summary>
/// <param name="Label">The unit's name.</param>
/// <param name="Denominator">Its denominator (x).</param>
/// <param name="Rate">Its rate on the display scale (y).</param>
/// <param name="Band">Where it falls relative to the limits.</param>
/// <param name="Signal">What that means given the improvement direction (decides the colour).</param>
public sealed record FunnelChartPoint(string Label, double Denominator, double Rate, FunnelBand Band, SignalKind Signal);
