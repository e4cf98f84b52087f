using System.Globalization;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using MathNet.Numerics.Distributions;

namespace Goodhart.Detection;

/// <summary>
/// Reclassification: cases that would breach the target are recorded in a category that does not count (a planned
/// return, a different ticket type), so the exempt share rises exactly where the target starts to bite. Two tests:
/// the jump in the exempt share at the duration threshold, against smooth trends either side, and a step up over
/// periods in the exempt share of the cases that took longer than the target.
/// </summary>
/// <remarks>
/// <para>
/// <b>Threshold jump.</b> Within <see cref="ReclassificationOptions.Window"/> units each side of the target the exempt
/// counts are modelled as binomial with logit p(t) = a + b·x + δ·[x &gt; 0] + c·x·[x &gt; 0], x = t − first breaching
/// duration + ½, so x = 0 is the threshold itself (a local linear logistic fit each side, as in a regression
/// discontinuity design; Imbens &amp; Lemieux 2008). The jump is expit(a + δ) − expit(a) in percentage points, its
/// interval by the delta method; the covariance is widened by the Pearson dispersion when shares vary more than
/// binomial shares. The test is the one-sided Wald test of δ &gt; 0.
/// </para>
/// <para>
/// <b>Step over periods.</b> Per period, the share of the cases that breached the target on their durations that were
/// recorded in an exempt category; the largest one-sided score statistic over the splits of the periods, with a
/// permutation p-value (see <see cref="StepScan"/>), and the step's size at the best split.
/// </para>
/// <para>
/// <b>One finding.</b> The two p-values are adjusted together by Holm's method (two tests, so the smaller is doubled).
/// The finding leads with the test that is both convincing and sizeable, or failing that the one with the smaller
/// adjusted p-value; its effect and adjusted p-value are the finding's, and the other test's numbers are evidence.
/// If only one test can run, it leads alone, unadjusted, and a caveat says why the other could not.
/// </para>
/// </remarks>
public static class ReclassificationDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "reclassification";

    private const string Title = "Reclassification: cases past the target recorded as exempt";

    /// <summary>Looks for reclassification in exempt shares by duration and by period.</summary>
    /// <param name="periods">Cases by period and category, split by whether they met the target.</param>
    /// <param name="durations">Cases and exempt cases by whole duration.</param>
    /// <param name="exempt">The categories exempt from the target, as recorded in <paramref name="periods"/>.</param>
    /// <param name="target">The threshold and which side of it meets the target.</param>
    /// <param name="options">The settings; <c>null</c> for <see cref="ReclassificationOptions.Default"/>.</param>
    /// <returns>A finding with code "reclassification".</returns>
    /// <exception cref="ArgumentException">A count is negative, or a duration has more exempt cases than cases.</exception>
    public static Finding Detect(
        IReadOnlyList<PeriodCategoryCount> periods,
        IReadOnlyList<DurationExemptCount> durations,
        IReadOnlyCollection<string> exempt,
        DurationTarget target,
        ReclassificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(durations);
        ArgumentNullException.ThrowIfNull(exempt);
        options ??= ReclassificationOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumSegment, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumPeriods, 2 * options.MinimumSegment);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Permutations, 99);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Excluded);
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        foreach (var row in durations)
        {
            if (row.Cases < 0 || row.Exempt < 0 || row.Exempt > row.Cases)
            {
                throw new ArgumentException($"The row for duration {row.Duration} ({row.Cases} cases, {row.Exempt} exempt) is not possible.", nameof(durations));
            }
        }

        foreach (var row in periods)
        {
            if (row.Met < 0 || row.Breached < 0)
            {
                throw new ArgumentException($"The row for '{row.Category}' in the period starting {row.PeriodStart:yyyy-MM-dd} has a negative count.", nameof(periods));
            }
        }

        var exemptSet = exempt.ToHashSet(StringComparer.Ordinal);
        var jump = Jump(durations, target, options);
        var step = Step(periods, exemptSet, options);
        if (jump.Error is not null && step.Error is not null)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"Neither test could run. By duration: {jump.Error} Over periods: {step.Error}",
                [
                    new Evidence($"{options.CaseNoun} within {options.Window} {options.Unit} of the target", jump.WindowCases, options.CaseNoun),
                    new Evidence("periods", step.Periods, "periods"),
                ]);
        }

        var caveats = new List<string>
        {
            "A rise in the exempt share says that more cases were recorded as exempt, not that any were recorded wrongly; check a sample of the exempt cases past the target against their notes before concluding anything.",
            "Cases that are exempt for real reasons (planned returns, cases waiting on someone else) can take longer than the others, and so make up more of the cases past the target without anyone changing a record; the threshold test allows for a smooth rise, not for a rule that itself starts at the target.",
        };
        var evidence = new List<Evidence>();
        var tests = new List<(string Name, double P, EffectSize Effect)>();
        if (jump.Error is null)
        {
            evidence.Add(new("jump in the exempt share at the target", jump.Points, "percentage points", jump.PointsInterval));
            evidence.Add(new("exempt share just inside the target (fitted)", jump.Left, "share"));
            evidence.Add(new("exempt share just past the target (fitted)", jump.Right, "share"));
            evidence.Add(new("threshold test p-value (one-sided)", jump.P, "p"));
            evidence.Add(new("dispersion of the exempt shares by duration (1 = binomial)", jump.Dispersion, "ratio"));
            tests.Add(("jump", jump.P, new EffectSize("jump in the exempt share at the target", jump.Points, "percentage points", options.PracticalMinimum, jump.PointsInterval)));
            if (jump.Dispersion > 2)
            {
                caveats.Add($"The exempt shares by duration vary {Wording.Number(jump.Dispersion, 1)} times as much as chance alone would make them; the interval has been widened to allow for it.");
            }
        }
        else
        {
            caveats.Add($"The threshold test could not run: {jump.Error}");
        }

        if (step.Error is null)
        {
            var r = step.Scan!;
            evidence.Add(new("step up in the exempt share of breaching cases over periods", r.Step * 100, "percentage points", Scale(r.StepInterval)));
            evidence.Add(new("exempt share of breaching cases before the step", r.Before, "share"));
            evidence.Add(new("exempt share of breaching cases from the step on", r.After, "share"));
            evidence.Add(new($"exempt share of all {options.CaseNoun} before the step", step.AllBefore, "share"));
            evidence.Add(new($"exempt share of all {options.CaseNoun} from the step on", step.AllAfter, "share"));
            evidence.Add(new("periods before the step", r.Split, "periods"));
            evidence.Add(new("periods from the step on", step.Periods - r.Split, "periods"));
            evidence.Add(new("step test p-value (one-sided, permutation)", r.P, "p"));
            tests.Add(("step", r.P, new EffectSize("step up in the exempt share of breaching cases", r.Step * 100, "percentage points", options.PracticalMinimum, Scale(r.StepInterval))));
            caveats.Add("A step over periods has many innocent causes: a new category, a change in coding rules or in the case mix. The step's interval is for the split the scan chose, so it is a little too narrow.");
            if (step.Dropped > 0)
            {
                caveats.Add($"{step.Dropped} periods had no cases past the target and do not count in the test over periods.");
            }
        }
        else
        {
            caveats.Add($"The test over periods could not run: {step.Error}");
        }

        if (Wording.Excluded(options.Excluded, options.CaseNoun) is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        var adjusted = MultipleTesting.Holm([.. tests.Select(t => t.P)]);
        var lead = Enumerable.Range(0, tests.Count)
            .OrderBy(i => adjusted[i] < options.Rule.Level && tests[i].Effect.IsPractical ? 0 : 1)
            .ThenBy(i => adjusted[i])
            .First();
        if (tests.Count == 2)
        {
            evidence.Add(new("threshold test p-value, Holm-adjusted within this finding", adjusted[0], "p"));
            evidence.Add(new("step test p-value, Holm-adjusted within this finding", adjusted[1], "p"));
        }

        var effect = tests[lead].Effect;
        var p = adjusted[lead];
        var severity = options.Rule.Classify(p, effect);
        var sentence = string.Join(" ", new[] { jump.Error is null ? JumpSentence(jump, target, options) : null, step.Error is null ? StepSentence(step, options) : null }.OfType<string>());
        return new Finding(Code, Title, severity, effect, evidence, p, p, sentence, caveats, jump.Error is null ? Chart(jump, target, options) : StepChart(step));
    }

    private static ConfidenceInterval Scale(ConfidenceInterval i) => new(i.Lower * 100, i.Upper * 100, i.Level);

    private static JumpResult Jump(IReadOnlyList<DurationExemptCount> durations, DurationTarget target, ReclassificationOptions options)
    {
        var w = options.Window;
        var first = target.FirstBreach;
        var from = first - w;
        var cases = new double[2 * w];
        var exempt = new double[2 * w];
        foreach (var row in durations)
        {
            var i = row.Duration - from;
            if (i >= 0 && i < 2 * w)
            {
                cases[i] += row.Cases;
                exempt[i] += row.Exempt;
            }
        }

        var before = cases.Take(w).Sum();
        var after = cases.Skip(w).Sum();
        var allExempt = exempt.Sum();
        if (from < 0 || before < options.MinimumSideCases || after < options.MinimumSideCases)
        {
            return JumpResult.Failed(before + after, $"only {Wording.Count(before)} {options.CaseNoun} took the {w} {options.Unit} before the target and {Wording.Count(after)} the {w} {options.Unit} after it; it needs at least {options.MinimumSideCases} each side.");
        }

        if (allExempt == 0 || allExempt == before + after)
        {
            return JumpResult.Failed(before + after, $"{(allExempt == 0 ? "no" : "every")} {Singular(options.CaseNoun)} within {w} {options.Unit} of the target was recorded as exempt, so there is no share to compare.");
        }

        var x = new double[2 * w][];
        for (var i = 0; i < 2 * w; i++)
        {
            // Scaled by the window so the normal equations stay well conditioned.
            var offset = (i - w + 0.5) / w;
            var post = i >= w ? 1.0 : 0.0;
            x[i] = [1, offset, post, offset * post];
        }

        var fit = BinomialRegression.Run(x, exempt, cases);
        var a = fit.Coefficients[0];
        var delta = fit.Coefficients[2];
        var left = BinomialRegression.Expit(a);
        var right = BinomialRegression.Expit(a + delta);
        var jump = right - left;

        // Delta method: ∂jump/∂a = p_R(1 − p_R) − p_L(1 − p_L), ∂jump/∂δ = p_R(1 − p_R).
        var ga = (right * (1 - right)) - (left * (1 - left));
        var gd = right * (1 - right);
        var c = fit.Covariance;
        var variance = (ga * ga * c[0, 0]) + (2 * ga * gd * c[0, 2]) + (gd * gd * c[2, 2]);
        var z = Normal.InvCDF(0, 1, 0.5 + (options.ConfidenceLevel / 2));
        var se = Math.Sqrt(variance);
        var seDelta = fit.StandardError(2);
        var p = seDelta > 0 ? 1 - Normal.CDF(0, 1, delta / seDelta) : (delta > 0 ? 0 : 1);
        return new JumpResult(
            before + after,
            jump * 100,
            new ConfidenceInterval((jump - (z * se)) * 100, (jump + (z * se)) * 100, options.ConfidenceLevel),
            left,
            right,
            p,
            fit.Dispersion,
            from,
            cases,
            exempt,
            fit.Fitted,
            null);
    }

    private static StepResult Step(IReadOnlyList<PeriodCategoryCount> periods, HashSet<string> exempt, ReclassificationOptions options)
    {
        var byPeriod = periods.GroupBy(r => r.PeriodStart).OrderBy(g => g.Key).Select(g => new PeriodShares(
            g.Key,
            g.Sum(r => (double)r.Breached),
            g.Where(r => exempt.Contains(r.Category)).Sum(r => (double)r.Breached),
            g.Sum(r => (double)(r.Met + r.Breached)),
            g.Where(r => exempt.Contains(r.Category)).Sum(r => (double)(r.Met + r.Breached)))).ToArray();
        var used = byPeriod.Where(p => p.Breached > 0).ToArray();
        var dropped = byPeriod.Length - used.Length;
        if (used.Length < options.MinimumPeriods)
        {
            return StepResult.Failed(used.Length, $"only {used.Length} periods had cases past the target; it needs at least {options.MinimumPeriods}.");
        }

        if (used.All(p => p.ExemptBreached == 0))
        {
            return StepResult.Failed(used.Length, $"no {Singular(options.CaseNoun)} past the target was recorded in an exempt category{(exempt.Count == 0 ? " (no exempt categories were named)" : "")}.");
        }

        var scan = StepScan.Run(
            [.. used.Select(p => new[] { p.Breached })],
            [.. used.Select(p => new[] { p.ExemptBreached })],
            options.MinimumSegment,
            options.Permutations,
            options.Seed,
            options.ConfidenceLevel);
        var beforeAll = used.Take(scan.Split).ToArray();
        var afterAll = used.Skip(scan.Split).ToArray();
        return new StepResult(
            used.Length,
            dropped,
            scan,
            used,
            beforeAll.Sum(p => p.ExemptAll) / beforeAll.Sum(p => p.All),
            afterAll.Sum(p => p.ExemptAll) / afterAll.Sum(p => p.All),
            null);
    }

    private static string JumpSentence(JumpResult j, DurationTarget target, ReclassificationOptions options)
    {
        var interval = $"95% interval {Wording.Number(j.PointsInterval.Lower, 1)} to {Wording.Number(j.PointsInterval.Upper, 1)}";
        return j.Points >= 0.05
            ? $"Of the {options.CaseNoun} that took just past the target of {Wording.Units(target.Threshold, options.Unit)}, about {Wording.Percent(j.Right)} were recorded in an exempt category, against {Wording.Percent(j.Left)} of those just inside the target: a jump of {Wording.Points(j.Points)} ({interval})."
            : $"The exempt share does not jump at {Wording.Units(target.Threshold, options.Unit)}: about {Wording.Percent(j.Left)} just inside the target and {Wording.Percent(j.Right)} just past it ({Wording.Number(j.Points, 1)} points, {interval}).";
    }

    private static string StepSentence(StepResult s, ReclassificationOptions options)
    {
        var r = s.Scan!;
        var start = s.Used[r.Split].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var interval = $"95% interval {Wording.Number(r.StepInterval.Lower * 100, 1)} to {Wording.Number(r.StepInterval.Upper * 100, 1)}";
        return r.Step >= 0.0005
            ? $"The largest step up over the periods came with the period starting {start}: from then on {Wording.Percent(r.After)} of the {options.CaseNoun} that breached the target were recorded as exempt, against {Wording.Percent(r.Before)} before, a step of {Wording.Points(r.Step * 100)} ({interval})."
            : $"The exempt share of the {options.CaseNoun} that breached the target did not step up over the {s.Periods} periods (largest step {Wording.Number(r.Step * 100, 1)} points, {interval}).";
    }

    private static SeriesChart Chart(JumpResult j, DurationTarget target, ReclassificationOptions options) =>
        new(
            "Share of cases recorded as exempt, by duration around the target",
            $"duration ({options.Unit})",
            "share recorded as exempt",
            [
                new ChartSeries("observed", [.. Enumerable.Range(0, j.Cases.Length).Where(i => j.Cases[i] > 0).Select(i => new ChartPoint(j.From + i, j.Exempt[i] / j.Cases[i]))]),
                new ChartSeries("fitted", [.. Enumerable.Range(0, j.Cases.Length).Select(i => new ChartPoint(j.From + i, j.Fitted[i]))]) { IsFit = true },
            ],
            target.FirstBreach - 0.5);

    private static SeriesChart StepChart(StepResult s) =>
        new(
            "Share of breaching cases recorded as exempt, by period",
            $"period (1 = the period starting {s.Used[0].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
            "share recorded as exempt",
            [new ChartSeries("observed", [.. s.Used.Select((p, i) => new ChartPoint(i + 1, p.ExemptBreached / p.Breached))])],
            s.Scan!.Split + 0.5)
        {
            MarkerLabel = "largest step",
        };

    private static string Singular(string noun) => noun.EndsWith('s') ? noun[..^1] : noun;

    private sealed record PeriodShares(DateOnly Start, double Breached, double ExemptBreached, double All, double ExemptAll);

    private sealed record JumpResult(
        double WindowCases,
        double Points,
        ConfidenceInterval PointsInterval,
        double Left,
        double Right,
        double P,
        double Dispersion,
        long From,
        double[] Cases,
        double[] Exempt,
        double[] Fitted,
        string? Error)
    {
        public static JumpResult Failed(double cases, string error) => new(cases, double.NaN, default, double.NaN, double.NaN, double.NaN, double.NaN, 0, [], [], [], error);
    }

    private sealed record StepResult(int Periods, int Dropped, StepScan.Result? Scan, PeriodShares[] Used, double AllBefore, double AllAfter, string? Error)
    {
        public static StepResult Failed(int periods, string error) => new(periods, 0, null, [], double.NaN, double.NaN, error);
    }
}
