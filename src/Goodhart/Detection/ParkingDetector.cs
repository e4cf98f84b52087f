using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using MathNet.Numerics.Distributions;

namespace Goodhart.Detection;

/// <summary>
/// Parking: once a case has breached the target there is nothing left to gain by finishing it soon, so breached cases
/// wait. The fingerprint is a drop in the completion hazard at the target — the share of cases still open that finish
/// in each unit — beyond what its trend just before the target predicts.
/// </summary>
/// <remarks>
/// The hazard at whole duration t is h(t) = count(t) / open(t), where open(t) counts the cases that took t units or
/// more. Within <see cref="ParkingOptions.Window"/> units each side of the target the counts are modelled as Poisson
/// with exposure open(t) and log h(t) = a + b·x + δ·[x ≥ 0] + c·x·[x ≥ 0] + round-value terms, x = t − first breaching
/// duration (a piecewise-exponential model with a local linear trend each side, as in regression discontinuity).
/// exp(δ) is the hazard ratio at the target; its interval is the Wald interval on the log scale, with the standard
/// error inflated by the Pearson dispersion when counts vary more than Poisson counts. Multiples of 5 and 10 units get
/// their own terms so that heaping on round values is not read as a change in pace. The test is one-sided (only a
/// drop is parking).
/// </remarks>
public static class ParkingDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "parking";

    private const string Title = "Parking: breached cases wait longer";

    /// <summary>Looks for parking in a duration histogram.</summary>
    /// <param name="histogram">Cases by whole duration.</param>
    /// <param name="options">The target and the detector's settings.</param>
    /// <returns>A finding with code "parking".</returns>
    public static Finding Detect(DurationHistogram histogram, ParkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 5);
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        var counts = DenseCounts.From(histogram);
        var unit = histogram.Unit;
        var first = options.Target.FirstBreach;
        var w = options.Window;
        var from = first - w;
        var to = first + w - 1;
        var before = counts.Between(from, first - 1);
        var after = counts.Between(first, to);
        if (from < 0 || counts.AtLeast(to) <= 0 || before < options.MinimumCompletions || after < options.MinimumCompletions)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"Only {Wording.Count(before)} {options.CaseNoun} finished in the {w} {unit} before the target and {Wording.Count(after)} in the {w} {unit} after it; the test needs at least {options.MinimumCompletions} each side.",
                [new Evidence("cases counted", counts.Total, options.CaseNoun)]);
        }

        var n = 2 * w;
        var x = new double[n][];
        var y = new double[n];
        var open = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t = from + i;
            var offset = t - first;
            var post = offset >= 0 ? 1.0 : 0.0;
            var ten = t % 10 == 0 ? 1.0 : 0.0;
            var five = t % 5 == 0 && ten == 0 ? 1.0 : 0.0;
            x[i] = [1, offset, post, offset * post, five, ten];
            y[i] = counts.At(t);
            open[i] = counts.AtLeast(t);
        }

        var (beta, se, dispersion, fitted) = PoissonRegression.Fit(x, y, open);
        var delta = beta[2];
        var z = Normal.InvCDF(0, 1, 0.5 + (options.ConfidenceLevel / 2));
        var ratio = Math.Exp(delta);
        var ratioInterval = new ConfidenceInterval(Math.Exp(delta - (z * se[2])), Math.Exp(delta + (z * se[2])), options.ConfidenceLevel);
        var p = Normal.CDF(0, 1, delta / se[2]);
        var drop = 1 - ratio;
        var dropInterval = new ConfidenceInterval(1 - ratioInterval.Upper, 1 - ratioInterval.Lower, options.ConfidenceLevel);

        // Completions after the target had the pace not dropped: each observed completion stands for exp(−δ) of them.
        var missing = after * (Math.Exp(-delta) - 1);
        var missingInterval = new ConfidenceInterval(after * ((1 / ratioInterval.Upper) - 1), after * ((1 / ratioInterval.Lower) - 1), options.ConfidenceLevel);
        var hazardBefore = before / Enumerable.Range(0, w).Sum(i => open[i]);
        var hazardAfter = after / Enumerable.Range(w, w).Sum(i => open[i]);

        var evidence = new List<Evidence>
        {
            new("hazard ratio at the target (after ÷ before, trend-adjusted)", ratio, "ratio", ratioInterval),
            new("drop in the completion rate at the target", drop, "share", dropInterval),
            new($"{options.CaseNoun} missing in the {w} {unit} after the target", missing, options.CaseNoun, missingInterval),
            new($"completions per open case per {Singular(unit)}, {w} {unit} before", hazardBefore, "rate"),
            new($"completions per open case per {Singular(unit)}, {w} {unit} after", hazardAfter, "rate"),
            new("dispersion of the counts (1 = Poisson)", dispersion, "ratio"),
        };
        var caveats = new List<string>
        {
            "Rushing cases out just before the target also lowers the completion rate just after it, because the cases that would have finished there already have; read this finding with the rushing finding.",
            $"The model assumes the completion rate follows a smooth trend within {w} {unit} either side of the target; a scheduled event at the target (a ward round, a shift change) would look the same.",
        };
        if (Wording.Excluded(histogram.Excluded, options.CaseNoun) is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        if (dispersion > 2)
        {
            caveats.Add($"The counts vary {Wording.Number(dispersion, 1)} times as much as chance alone would make them; the interval has been widened to allow for it.");
        }

        var effect = new EffectSize("drop in the completion rate at the target", drop, "share", options.PracticalMinimum, dropInterval);
        var severity = options.Rule.Classify(p, effect);
        var sentence = drop >= 0.005
            ? $"{Capital(options.CaseNoun)} still open at {Wording.Units(first, unit)} finished about {Wording.Percent(drop)} less often per {Singular(unit)} than the trend just before the target predicts (95% interval {Wording.Percent(dropInterval.Lower)} to {Wording.Percent(dropInterval.Upper)}); about {Wording.Count(missing)} fewer {options.CaseNoun} finished in the {w} {unit} after it than at the earlier pace."
            : $"{Capital(options.CaseNoun)} still open at {Wording.Units(first, unit)} finished no less often per {Singular(unit)} than the trend just before the target predicts (hazard ratio {Wording.Number(ratio)}, 95% interval {Wording.Number(ratioInterval.Lower)} to {Wording.Number(ratioInterval.Upper)}).";
        var chart = new SeriesChart(
            "Completion rate around the target",
            $"duration ({unit})",
            $"completions per open case per {Singular(unit)}",
            [
                new ChartSeries("observed", [.. Enumerable.Range(0, n).Select(i => new ChartPoint(from + i, y[i] / open[i]))]),
                new ChartSeries("fitted", [.. Enumerable.Range(0, n).Select(i => new ChartPoint(from + i, fitted[i] / open[i]))]) { IsFit = true },
            ],
            first - 0.5);
        return new Finding(Code, Title, severity, effect, evidence, p, p, sentence, caveats, chart);
    }

    private static string Singular(string unit) => unit.EndsWith('s') ? unit[..^1] : unit;

    private static string Capital(string noun) => noun.Length == 0 ? noun : char.ToUpperInvariant(noun[0]) + noun[1..];
}
