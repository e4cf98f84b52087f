using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Statistics.Bunching;
using Goodhart.Statistics.Density;
using MathNet.Numerics.Distributions;

namespace Goodhart.Detection;

/// <summary>
/// Rushing: cases pushed out just before a time target, so that more finish in the last minutes inside it than a
/// smooth curve predicts. Two tests must agree: the bunching estimator (Chetty, Friedman, Olsen &amp; Pistaferri 2011;
/// Kleven &amp; Waseem 2013) measures the excess count in a window just inside the target against a polynomial fitted
/// to the counts either side, and the density discontinuity test (Cattaneo, Jansson &amp; Ma 2020) tests for a fall in
/// the density across the target. The same statistics at placebo thresholds are reported beside them.
/// </summary>
/// <remarks>
/// Both tests are one-sided (only an excess inside the target is rushing), and the finding's p-value is the larger of
/// the two: an intersection–union test, which is a valid level-α test that both show the pattern and never more
/// liberal than either. The density test sees every case within <see cref="RushingOptions.DensitySpan"/> of the
/// target, read as counts from the one-unit histogram; no case is subsampled or expanded. Durations are whole units, so
/// the test runs with the mass-point adjustment (tied values share one empirical distribution value) and its cutoff
/// half a unit past the last complying duration; the work grows with the number of distinct durations in the span,
/// not with the number of cases.
/// Round values (multiples of 5 and 10 units) get their own dummies in the counterfactual, so heaping on round values
/// inside the window is not counted as rushing. A drop in the density past the target (parking) bends a polynomial
/// fitted across it, which also shows as an excess in the window; so the finding may alert only if the window also
/// rises above a quadratic trend fitted to the durations below it alone (one-sided, at the rule's level).
/// </remarks>
public static class RushingDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "rushing";

    private const string Title = "Rushing: cases bunched just inside the target";

    /// <summary>Looks for rushing in a duration histogram.</summary>
    /// <param name="histogram">Cases by whole duration.</param>
    /// <param name="options">The target and the detector's settings.</param>
    /// <returns>A finding with code "rushing".</returns>
    public static Finding Detect(DurationHistogram histogram, RushingOptions options)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Span, options.Window + 6);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DensitySpan, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(options.HoleWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapReplicates, 20); // the excess's p-value rests on the bootstrap
        ArgumentNullException.ThrowIfNull(options.PlaceboOffsets);
        ArgumentNullException.ThrowIfNull(options.Rule);

        var counts = DenseCounts.From(histogram);
        var unit = histogram.Unit;
        var target = options.Target;
        if (Shortfall(counts, target.LastMet, options, unit) is { } reason)
        {
            return Finding.NotEnoughData(Code, Title, reason, [new Evidence("cases counted", counts.Total, options.CaseNoun)]);
        }

        var real = Measure(counts, target.LastMet, options, [], long.MinValue, long.MaxValue);
        if (real.Error is { } error)
        {
            return Finding.NotEnoughData(Code, Title, $"The test could not run at {Wording.Units(target.Threshold, unit)}: {error}");
        }

        var caveats = new List<string>
        {
            "Bunching shows that more cases finished just inside the target than the curve either side predicts; it cannot say why. Ask how those cases were closed before concluding anything about people's work.",
            "The counterfactual is a smooth polynomial fitted around the target; a real change in the work near the target (a shift handover, a scheduled round) would look the same.",
        };
        if (Wording.Excluded(histogram.Excluded, options.CaseNoun) is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        var evidence = new List<Evidence>
        {
            new($"excess {options.CaseNoun} in the {options.Window} {unit} before the target", real.Excess, options.CaseNoun, real.ExcessInterval),
            new("excess as a share of the cases expected there", real.Share, "share", real.ShareInterval),
            new("bunching test p-value (one-sided)", real.BunchingP, "p"),
            new("density just inside the target ÷ density just past it", real.DensityRatio, "ratio"),
            new("density discontinuity test p-value (one-sided)", real.DensityP, "p"),
        };

        // Against the trend from below alone: a bump (rushing) rises above it, a step down past the target (parking)
        // does not. Without it the finding may not alert, because the polynomial fitted across a step also shows an excess.
        var (belowExcess, belowP) = TrendFromBelow.Test(counts, target.LastMet, options.Window, options.Span - options.Window);
        evidence.Add(new($"excess over the trend of the {options.Span - options.Window} {unit} below the window", belowExcess, options.CaseNoun));
        evidence.Add(new("trend-from-below test p-value (one-sided)", belowP, "p"));
        var canAlert = true;
        if (!(belowP < options.Rule.Level))
        {
            canAlert = false;
            caveats.Add("The window is not convincingly above the trend of the durations below it; the excess is against a curve that bends to a drop past the target, which is what parking looks like. This finding is held at watch; see the parking finding.");
        }

        var realRegion = (From: target.LastMet - options.Window + 1, To: target.LastMet + options.HoleWidth);
        foreach (var offset in options.PlaceboOffsets.Where(o => o != 0))
        {
            var placebo = target.Shift(offset);
            var name = $"placebo at {Wording.Units(placebo.Threshold, unit)}";
            if (Shortfall(counts, placebo.LastMet, options, unit) is not null)
            {
                caveats.Add($"The {name} could not be tested: too few cases there.");
                continue;
            }

            // The placebo's density test sees only one side of the real target, so the real jump cannot leak into it.
            var (low, high) = offset < 0 ? (long.MinValue, target.LastMet) : (target.FirstBreach, long.MaxValue);
            var result = Measure(counts, placebo.LastMet, options, ExcludedBins(realRegion, placebo.LastMet, options), low, high);
            if (result.Error is not null)
            {
                caveats.Add($"The {name} could not be tested: {result.Error}");
                continue;
            }

            var p = Math.Max(result.BunchingP, result.DensityP);
            evidence.Add(new($"{name}: excess as a share of the cases expected", result.Share, "share", result.ShareInterval));
            evidence.Add(new($"{name}: p-value (larger of the two tests)", p, "p"));
            if (p < options.Rule.Level && result.Share >= options.PracticalMinimum)
            {
                canAlert = false;
                caveats.Add($"The same excess appears at the {name}, where no target applies; the pattern may be the shape of the data rather than the target, so this finding is held at watch.");
            }
        }

        var pValue = Math.Max(real.BunchingP, real.DensityP);
        var effect = new EffectSize("excess as a share of the cases expected in the window", real.Share, "share", options.PracticalMinimum, real.ShareInterval);
        var severity = options.Rule.Classify(pValue, effect, canAlert);
        return new Finding(Code, Title, severity, effect, evidence, pValue, pValue, Sentence(real, options, unit), caveats, Chart(real, options, unit), canAlert);
    }

    private static string? Shortfall(DenseCounts counts, long lastMet, RushingOptions options, string unit)
    {
        var spanLow = lastMet - options.Span + 1;
        if (spanLow < 0)
        {
            return $"The target is too close to zero for a {options.Span}-{unit} span below it; narrow the span.";
        }

        if (counts.Total == 0 || lastMet + options.Span - 1 > counts.Highest || spanLow < counts.Lowest)
        {
            return $"The durations do not reach {options.Span} {unit} either side of {Wording.Units(lastMet + 1, unit)}, so there is no curve to compare with.";
        }

        var inWindow = counts.Between(lastMet - options.Window + 1, lastMet);
        var inSpan = counts.Between(spanLow, lastMet + options.Span - 1);
        if (inWindow < options.MinimumWindowCases || inSpan < options.MinimumSpanCases)
        {
            return $"Only {Wording.Count(inWindow)} {options.CaseNoun} finished in the {options.Window} {unit} before the target and {Wording.Count(inSpan)} within {options.Span} {unit} of it; the test needs at least {options.MinimumWindowCases} and {options.MinimumSpanCases}.";
        }

        return null;
    }

    private static List<double> ExcludedBins((long From, long To) real, long placeboLastMet, RushingOptions options)
    {
        var bins = new List<double>();
        for (var t = real.From; t <= real.To; t++)
        {
            var k = t - placeboLastMet;
            var inWindow = k > -options.Span && k < options.Span;
            var inRegion = k > -options.Window && k <= 0;
            if (inWindow && !inRegion)
            {
                bins.Add(t);
            }
        }

        return bins;
    }

    private static Measurement Measure(DenseCounts counts, long lastMet, RushingOptions options, IReadOnlyList<double> excluded, long densityLow, long densityHigh)
    {
        var bunchingOptions = new BunchingOptions(lastMet, 1, options.Span, options.Span)
        {
            PolynomialDegree = options.PolynomialDegree,
            ExcludedBelow = options.Window - 1,
            RoundNumbers = [5, 10],
            OtherBunchingBins = excluded,
            BootstrapReplicates = options.BootstrapReplicates,
            Seed = options.Seed,
        };
        var bins = new List<BunchingBin>(2 * options.Span);
        for (var t = lastMet - options.Span + 1; t < lastMet + options.Span; t++)
        {
            bins.Add(new BunchingBin(t, counts.At(t)));
        }

        BunchingResult bunching;
        DensityTestResult density;
        try
        {
            bunching = BunchingEstimator.Estimate(bins, bunchingOptions);
            var low = Math.Max(densityLow, lastMet - options.DensitySpan + 1);
            var high = Math.Min(densityHigh, lastMet + options.DensitySpan);
            density = DensityDiscontinuityTest.Run(MassPoints(counts, low, high), new DensityTestOptions(Cutoff: lastMet + 0.5));
        }
        catch (ArgumentException e)
        {
            return Measurement.Failed(e.Message);
        }

        var window = options.Window;
        var se = bunching.Bootstrap?.ExcessMassStandardError ?? double.NaN;
        var bunchingP = se > 0 ? Normal.CDF(0, 1, -bunching.ExcessMass / se) : double.NaN;
        var interval = bunching.Bootstrap?.ExcessMassInterval;
        var shareInterval = bunching.Bootstrap?.NormalisedExcessInterval;

        // The robust statistic is (f₊ − f₋)/se; rushing lowers f₊ against f₋, so the one-sided p-value is Φ(T).
        var densityP = Normal.CDF(0, 1, density.T);
        var estimate = density.BiasCorrected.Estimate;
        return new Measurement(
            bunching.ExcessMass,
            interval is { } i ? new ConfidenceInterval(i.Lower, i.Upper, i.Level) : null,
            bunching.NormalisedExcess / window,
            shareInterval is { } s ? new ConfidenceInterval(s.Lower / window, s.Upper / window, s.Level) : null,
            bunchingP,
            estimate.Right > 0 ? estimate.Left / estimate.Right : double.NaN,
            double.IsFinite(densityP) ? densityP : double.NaN,
            bunching,
            null);
    }

    private static List<MassPoint> MassPoints(DenseCounts counts, long low, long high)
    {
        var points = new List<MassPoint>();
        for (var t = Math.Max(low, counts.Lowest); t <= Math.Min(high, counts.Highest); t++)
        {
            var c = counts.At(t);
            if (c > 0)
            {
                points.Add(new MassPoint(t, (long)c));
            }
        }

        return points;
    }

    private static string Sentence(Measurement m, RushingOptions options, string unit)
    {
        var where = $"in the {options.Window} {unit} before {Wording.Units(options.Target.Threshold, unit)}";
        var interval = m.ExcessInterval is { } i ? $" (95% interval {Wording.Count(i.Lower)} to {Wording.Count(i.Upper)})" : "";
        return m.Excess >= 0.5
            ? $"About {Wording.Count(m.Excess)} more {options.CaseNoun} than expected finished {where}{interval}, {Wording.Percent(m.Share)} more than the smooth curve either side predicts."
            : $"No more {options.CaseNoun} than expected finished {where}: the estimated excess is {Wording.Count(m.Excess)}{interval}.";
    }

    private static HistogramChart Chart(Measurement m, RushingOptions options, string unit) =>
        new(
            $"{options.CaseNoun} by duration around the target, with the smooth curve expected without bunching",
            unit,
            [.. m.Fit!.Bins.Select(b => new HistogramBar(b.Value, b.Count, b.Counterfactual))],
            options.Target.LastMet + 0.5);

    private sealed record Measurement(
        double Excess,
        ConfidenceInterval? ExcessInterval,
        double Share,
        ConfidenceInterval? ShareInterval,
        double BunchingP,
        double DensityRatio,
        double DensityP,
        BunchingResult? Fit,
        string? Error)
    {
        public static Measurement Failed(string error) => new(double.NaN, null, double.NaN, null, double.NaN, double.NaN, double.NaN, null, error);
    }
}
