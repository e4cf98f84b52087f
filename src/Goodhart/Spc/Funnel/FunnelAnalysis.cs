using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Goodhart.Spc.Funnel;

/// <summary>
/// Funnel plots for comparing units (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
/// Stat Med 24:1185–1202), with the over-dispersion adjustments of Spiegelhalter 2005, "Handling over-dispersion
/// of performance indicators", Qual Saf Health Care 14:347–351. Instead of ranking units, each unit's rate is set
/// against limits that narrow as its denominator grows, so small units are not flagged for noise and large ones
/// are not hidden in the crowd.
/// </summary>
public static class FunnelAnalysis
{
    /// <summary>Compares <paramref name="units"/> with the target on a funnel plot.</summary>
    /// <param name="units">The units, each with its numerator and denominator. Units with a problem (a negative or
    /// non-finite count, a denominator that is not positive, a proportion above 1) are left out and reported as warnings.</param>
    /// <param name="options">How to compare them.</param>
    /// <returns>The funnel: target, limits, units, over-dispersion, summary and warnings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static FunnelResult Run(IReadOnlyList<FunnelUnit> units, FunnelOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        ValidateOptions(options);

        var warnings = new List<SpcMessage>();
        var valid = ValidUnits(units, options.Kind, warnings);
        var target = options.Target ?? (valid.Count == 0 ? double.NaN : valid.Sum(u => u.Unit.Numerator) / valid.Sum(u => u.Unit.Denominator));

        if (valid.Count == 0)
        {
            warnings.Add(new SpcMessage("no-units", null, "No unit could be used, so there is nothing to compare."));
            var none = new FunnelLimitCalculator(options.Kind, 0, options.Limits, FunnelAdjustment.None, 1, 0);
            return new FunnelResult(options, target, options.Limits, FunnelAdjustment.None, null, [], [],
                "No unit could be used, so there is nothing to compare.", warnings, none);
        }

        var variance = options.Kind == FunnelKind.Proportion ? target * (1 - target) : target;
        if (variance <= 0)
        {
            warnings.Add(new SpcMessage("degenerate-target", null, string.Create(CultureInfo.InvariantCulture,
                $"The target is {target:0.###}, which leaves no room for chance: every unit away from it falls outside the limits, and over-dispersion cannot be estimated.")));
        }

        if (valid.Count < FunnelOptions.MinimumUnitsForDispersion)
        {
            warnings.Add(new SpcMessage("few-units", null, string.Create(CultureInfo.InvariantCulture,
                $"Only {valid.Count} units: the estimate of how much units differ beyond chance is unreliable with fewer than {FunnelOptions.MinimumUnitsForDispersion}.")));
        }

        var plain = new FunnelLimitCalculator(options.Kind, target, options.Limits, FunnelAdjustment.None, 1, 0);
        var z = valid.Select(u => plain.Z(u.Unit.Numerator / u.Unit.Denominator, u.Unit.Denominator)).ToArray();
        var dispersion = variance > 0 && valid.Count >= 2
            ? EstimateOverdispersion(z, valid.Select(u => u.Unit.Denominator / variance).ToArray(), options)
            : null;

        var adjustment = ChooseAdjustment(options.Adjustment, dispersion);
        var phi = Math.Max(1, dispersion?.Phi ?? 1);
        var tau2 = dispersion?.Tau2 ?? 0;
        var method = adjustment == FunnelAdjustment.None ? options.Limits : FunnelLimitMethod.Normal;
        var limits = new FunnelLimitCalculator(options.Kind, target, method, adjustment, phi, tau2);

        var results = new List<FunnelUnitResult>(valid.Count);
        for (var k = 0; k < valid.Count; k++)
        {
            var (index, unit) = valid[k];
            var rate = unit.Numerator / unit.Denominator;
            var at = limits.At(unit.Denominator);
            var band = BandOf(rate, at);
            var side = band switch
            {
                FunnelBand.Above95 or FunnelBand.Above998 => SignalSide.High,
                FunnelBand.Below95 or FunnelBand.Below998 => SignalSide.Low,
                _ => SignalSide.None,
            };
            results.Add(new FunnelUnitResult(index, unit.Name ?? string.Empty, unit.Numerator, unit.Denominator, rate,
                z[k], limits.AdjustedZ(rate, unit.Denominator), at, band, side, SignalOf(side, options.Direction)));
        }

        var curve = Grid(valid.Min(u => u.Unit.Denominator), valid.Max(u => u.Unit.Denominator), options.CurvePoints)
            .Select(n => new FunnelCurvePoint(n, limits.At(n)))
            .ToList();
        var summary = Summarise(options, valid.Count, variance, dispersion, adjustment, phi);
        return new FunnelResult(options, target, method, adjustment, dispersion, results, curve, summary, warnings, limits);
    }

    /// <summary>
    /// φ and τ² from the z-scores (Spiegelhalter, QSHC 2005): z-scores below the lower and above the upper
    /// <see cref="FunnelOptions.WinsorFraction"/> percentile are pulled in to it (percentiles by linear interpolation,
    /// R's type 7); φ = Σzᵢ²/I; I·φ is tested against χ²(I − 1); τ² = (I·φ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ), at least 0,
    /// with wᵢ = 1/sᵢ² (DerSimonian and Laird 1986).
    /// </summary>
    internal static FunnelOverdispersion EstimateOverdispersion(IReadOnlyList<double> z, IReadOnlyList<double> weights, FunnelOptions options)
    {
        var count = z.Count;
        var sorted = z.Order().ToArray();
        var low = Percentile(sorted, options.WinsorFraction);
        var high = Percentile(sorted, 1 - options.WinsorFraction);
        var phi = z.Sum(v => Math.Pow(Math.Clamp(v, low, high), 2)) / count;
        var statistic = count * phi;
        var df = count - 1;
        var p = ChiSquared.CDF(df, statistic) is var cdf && double.IsFinite(cdf) ? 1 - cdf : 0;
        var sumW = weights.Sum();
        var sumW2 = weights.Sum(w => w * w);
        var tau2 = Math.Max(0, (statistic - df) / (sumW - (sumW2 / sumW)));
        return new FunnelOverdispersion(count, phi, low, high, statistic, df, p, p < options.SignificanceLevel, tau2);
    }

    /// <summary>The q-quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7).</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static FunnelAdjustment ChooseAdjustment(FunnelAdjustment asked, FunnelOverdispersion? dispersion) => dispersion is null
        ? FunnelAdjustment.None
        : asked switch
        {
            FunnelAdjustment.Automatic => dispersion.IsSignificant ? FunnelAdjustment.Additive : FunnelAdjustment.None,
            _ => asked,
        };

    private static FunnelBand BandOf(double rate, FunnelLimits limits) => rate switch
    {
        _ when rate > limits.Upper998 => FunnelBand.Above998,
        _ when rate < limits.Lower998 => FunnelBand.Below998,
        _ when rate > limits.Upper95 => FunnelBand.Above95,
        _ when rate < limits.Lower95 => FunnelBand.Below95,
        _ => FunnelBand.Within95,
    };

    private static SignalKind SignalOf(SignalSide side, ImprovementDirection direction) => (side, direction) switch
    {
        (SignalSide.None, _) => SignalKind.None,
        (_, ImprovementDirection.Neutral) => SignalKind.Neutral,
        (SignalSide.High, ImprovementDirection.Increase) or (SignalSide.Low, ImprovementDirection.Decrease) => SignalKind.Improvement,
        _ => SignalKind.Concern,
    };

    /// <summary>Denominators from <paramref name="min"/> to <paramref name="max"/>, evenly spaced on a log scale (funnels are drawn against n, whose spread is often wide).</summary>
    private static IEnumerable<double> Grid(double min, double max, int points)
    {
        if (max <= min)
        {
            yield return min;
            yield break;
        }

        var step = Math.Log(max / min) / (points - 1);
        for (var i = 0; i < points; i++)
        {
            yield return i == points - 1 ? max : min * Math.Exp(step * i);
        }
    }

    private static List<(int Index, FunnelUnit Unit)> ValidUnits(IReadOnlyList<FunnelUnit> units, FunnelKind kind, List<SpcMessage> warnings)
    {
        var valid = new List<(int, FunnelUnit)>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var problem = unit switch
            {
                null => ("missing-unit", "The unit is missing."),
                { Numerator: var y } when !(y >= 0 && double.IsFinite(y)) =>
                    ("bad-numerator", Invariant($"{unit.Name}: the numerator {y} must be a finite number, 0 or more.")),
                { Denominator: var n } when !(n > 0 && double.IsFinite(n)) =>
                    ("bad-denominator", Invariant($"{unit.Name}: the denominator {n} must be a finite number above 0.")),
                _ when kind == FunnelKind.Proportion && unit.Numerator > unit.Denominator =>
                    ("numerator-above-denominator", Invariant($"{unit.Name}: {unit.Numerator} out of {unit.Denominator} is more than all of them; a proportion cannot exceed 1.")),
                _ => default((string, string)?),
            };
            if (problem is var (code, message))
            {
                warnings.Add(new SpcMessage(code, i, message + " The unit is left out."));
            }
            else
            {
                valid.Add((i, unit!));
            }
        }

        return valid;
    }

    private static void ValidateOptions(FunnelOptions options)
    {
        if (!Enum.IsDefined(options.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown funnel kind.");
        }

        if (options.Target is { } t && !(double.IsFinite(t) && t >= 0 && (options.Kind == FunnelKind.Rate || t <= 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), t,
                options.Kind == FunnelKind.Proportion ? "A target proportion must be between 0 and 1." : "A target rate must be finite and 0 or more.");
        }

        if (!(options.WinsorFraction >= 0 && options.WinsorFraction < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WinsorFraction, "The winsorised share must be at least 0 and below 0.5.");
        }

        if (!(options.SignificanceLevel > 0 && options.SignificanceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SignificanceLevel, "The significance level must be between 0 and 1.");
        }

        if (options.CurvePoints < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CurvePoints, "The curve needs at least 2 points.");
        }

        if (!(options.Multiplier > 0 && double.IsFinite(options.Multiplier)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Multiplier, "The multiplier must be positive and finite.");
        }
    }

    private static string Summarise(FunnelOptions options, int count, double variance, FunnelOverdispersion? d, FunnelAdjustment adjustment, double phi)
    {
        if (variance <= 0)
        {
            return "The target leaves no room for chance, so any unit away from it lies outside the limits; the limits were not adjusted.";
        }

        if (d is null)
        {
            return Invariant($"With {count} unit the spread between units cannot be judged; the limits allow for chance alone.");
        }

        var p = d.PValue < 0.001 ? "p < 0.001" : Invariant($"p = {d.PValue:0.000}");
        var spread = d.IsSignificant
            ? "The units differ from one another by more than chance alone would explain"
            : "The units differ from one another by no more than chance alone would explain";
        var evidence = Invariant($" (φ = {d.Phi:0.00} from {d.Units} units; I·φ = {d.Statistic:0.0} against χ² on {d.DegreesOfFreedom} degrees of freedom, {p}).");
        var tau = FormatSignificant(d.Tau * options.Multiplier);
        var action = adjustment switch
        {
            FunnelAdjustment.Additive when d.Tau2 > 0 => Invariant(
                $" The limits were widened to allow for real differences between units beyond chance (an additive random effect with τ = {tau} on the scale shown)."),
            FunnelAdjustment.Additive => " An additive random effect was asked for, but the estimated spread between units beyond chance is zero, so the limits allow for chance alone.",
            FunnelAdjustment.Multiplicative when phi > 1 => Invariant(
                $" The limits were widened by a factor of √φ = {Math.Sqrt(phi):0.00} (a multiplicative adjustment)."),
            FunnelAdjustment.Multiplicative => " A multiplicative adjustment was asked for, but φ is not above 1, so the limits were left as they are.",
            _ when d.IsSignificant => " The limits were not adjusted, so more units fall outside them than chance would explain; read the flagged units with that in mind.",
            _ => " The limits allow for chance alone.",
        };
        return spread + evidence + action;
    }

    private static string FormatSignificant(double value) =>
        value == 0 ? "0" : value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
