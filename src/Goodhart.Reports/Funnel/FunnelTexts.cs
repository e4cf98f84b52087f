using System.Globalization;
using Goodhart.Spc;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Funnel;

/// <summary>The words and codes funnel outputs share, so the CSV, JSON and chart say the same thing.</summary>
public static class FunnelTexts
{
    /// <summary>The band as a stable code: <c>within-95</c>, <c>above-95</c>, <c>below-95</c>, <c>above-99.8</c>, <c>below-99.8</c>.</summary>
    /// <param name="band">The band.</param>
    public static string BandCode(FunnelBand band) => band switch
    {
        FunnelBand.Above95 => "above-95",
        FunnelBand.Below95 => "below-95",
        FunnelBand.Above998 => "above-99.8",
        FunnelBand.Below998 => "below-99.8",
        _ => "within-95",
    };

    /// <summary>The signal as a stable code: <c>none</c>, <c>improvement</c>, <c>concern</c> or <c>neutral</c>.</summary>
    /// <param name="signal">The signal.</param>
    public static string SignalCode(SignalKind signal) => signal switch
    {
        SignalKind.Improvement => "improvement",
        SignalKind.Concern => "concern",
        SignalKind.Neutral => "neutral",
        _ => "none",
    };

    /// <summary>The adjustment as a stable code: <c>none</c>, <c>multiplicative</c>, <c>additive</c> or <c>automatic</c>.</summary>
    /// <param name="adjustment">The adjustment.</param>
    public static string AdjustmentCode(FunnelAdjustment adjustment) =>
        adjustment.ToString().ToLowerInvariant();

    /// <summary>The limit method as a stable code: <c>exact</c> or <c>normal</c>.</summary>
    /// <param name="method">The method.</param>
    public static string MethodCode(FunnelLimitMethod method) => method.ToString().ToLowerInvariant();

    /// <summary>The kind as a stable code: <c>proportion</c> or <c>rate</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindCode(FunnelKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>How the limits were drawn, in a few words: the method and the over-dispersion adjustment.</summary>
    /// <param name="result">The funnel.</param>
    /// <returns>A short line for a chart subtitle, e.g. "Limits widened for differences between units beyond chance (additive, τ = 0.082)".</returns>
    public static string LimitsInWords(FunnelResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = result.Overdispersion;
        var method = result.LimitMethod == FunnelLimitMethod.Exact
            ? (result.Kind == FunnelKind.Proportion ? "exact binomial limits" : "exact Poisson limits")
            : "normal-approximation limits";
        var phi = d is null ? string.Empty : Invariant($", φ = {d.Phi:0.00}");
        return result.Adjustment switch
        {
            FunnelAdjustment.Additive => Invariant(
                $"95% and 99.8% limits widened for differences between units beyond chance (additive random effect, τ = {Significant((d?.Tau ?? 0) * result.Options.Multiplier)}{phi})"),
            FunnelAdjustment.Multiplicative => Invariant(
                $"95% and 99.8% limits widened by √φ = {Math.Sqrt(Math.Max(1, d?.Phi ?? 1)):0.00} for differences between units beyond chance (multiplicative)"),
            _ when d is { IsSignificant: true } => Invariant(
                $"95% and 99.8% {method}, not adjusted although units differ by more than chance{phi}"),
            _ when d is null => Invariant($"95% and 99.8% {method}, allowing for chance alone"),
            _ => Invariant($"95% and 99.8% {method}, allowing for chance alone (no over-dispersion found{phi})"),
        };
    }

    /// <summary>A number with three significant digits, invariant culture.</summary>
    internal static string Significant(double value) =>
        value == 0 ? "0" : value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
