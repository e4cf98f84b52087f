using System.Globalization;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;

namespace Goodhart.Detection;

/// <summary>
/// Cherry-picking: quick, easy cases served first while harder ones wait, so that more waiting cases are overtaken by
/// later arrivals of their own priority class. Some overtaking is always there — cases differ in how much work they
/// need — so the test is for a change over time: a step up in the overtaking rate within priority class.
/// </summary>
/// <remarks>
/// Per period and priority class, the share of cases overtaken by a later arrival of the same class. The test is a
/// stratified change-point scan (see <see cref="StepScan"/>): at each split of the periods, the Mantel–Haenszel score
/// statistic compares the overtaking after the split with before within each class, so a shift in the mix of classes
/// is not read as a change; the largest statistic over the splits is referred to its permutation distribution
/// (whole periods reordered, seeded), which allows for periods that differ more than binomial counts would. The effect
/// is the Mantel–Haenszel risk difference at the best split, in percentage points. Overtaking by a less urgent class
/// and the share of breached cases that were overtaken are reported beside it, before and after the step.
/// </remarks>
public static class CherryPickingDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "cherry-picking";

    private const string Title = "Cherry-picking: waiting cases passed by later arrivals";

    /// <summary>Looks for a rise in overtaking within priority class over periods.</summary>
    /// <param name="counts">Cases by period of arrival and priority class, with how many were overtaken.</param>
    /// <param name="options">The settings; <c>null</c> for <see cref="CherryPickingOptions.Default"/>.</param>
    /// <returns>A finding with code "cherry-picking".</returns>
    /// <exception cref="ArgumentException">A row's counts are impossible (negative, or more overtaken or breached cases than cases).</exception>
    public static Finding Detect(IReadOnlyList<OvertakingCount> counts, CherryPickingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= CherryPickingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumSegment, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumPeriods, 2 * options.MinimumSegment);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Permutations, 99);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Excluded);
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        foreach (var row in counts)
        {
            if (row.Cases < 0 || row.Overtaken < 0 || row.OvertakenByLowerPriority < 0 || row.Breached < 0 || row.BreachedOvertaken < 0
                || row.Overtaken > row.Cases || row.OvertakenByLowerPriority > row.Cases || row.Breached > row.Cases
                || row.BreachedOvertaken > Math.Min(row.Breached, row.Overtaken))
            {
                throw new ArgumentException(
                    $"The row for priority '{row.Priority}' in the period starting {row.PeriodStart:yyyy-MM-dd} ({row.Cases} cases, {row.Overtaken} overtaken, {row.OvertakenByLowerPriority} by a less urgent case, {row.Breached} breached, {row.BreachedOvertaken} breached and overtaken) is not possible.",
                    nameof(counts));
            }
        }

        var periods = counts.Select(r => r.PeriodStart).Distinct().Order().ToArray();
        var classes = counts.Select(r => r.Priority).Distinct().Order(StringComparer.Ordinal).ToArray();
        var total = counts.Sum(r => (double)r.Cases);
        if (periods.Length < options.MinimumPeriods || total < options.MinimumCases)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"Only {periods.Length} periods and {Wording.Count(total)} {options.CaseNoun} were found; the test needs at least {options.MinimumPeriods} periods and {options.MinimumCases} {options.CaseNoun}.",
                [new Evidence("periods", periods.Length, "periods"), new Evidence("cases counted", total, options.CaseNoun)]);
        }

        var periodIndex = periods.Select((p, i) => (p, i)).ToDictionary(e => e.p, e => e.i);
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(e => e.c, e => e.i, StringComparer.Ordinal);
        var cases = Grid(periods.Length, classes.Length);
        var overtaken = Grid(periods.Length, classes.Length);
        var byLower = new double[periods.Length];
        var breached = new double[periods.Length];
        var breachedOvertaken = new double[periods.Length];
        foreach (var row in counts)
        {
            var i = periodIndex[row.PeriodStart];
            var s = classIndex[row.Priority];
            cases[i][s] += row.Cases;
            overtaken[i][s] += row.Overtaken;
            byLower[i] += row.OvertakenByLowerPriority;
            breached[i] += row.Breached;
            breachedOvertaken[i] += row.BreachedOvertaken;
        }

        var informative = Enumerable.Range(0, classes.Length).Count(s =>
        {
            var n = cases.Sum(p => p[s]);
            var x = overtaken.Sum(p => p[s]);
            return x > 0 && x < n;
        });
        if (informative == 0)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"In no priority class were some {options.CaseNoun} overtaken and some not, so there is no rate to follow.",
                [new Evidence("periods", periods.Length, "periods"), new Evidence("priority classes", classes.Length, "classes")]);
        }

        var scan = StepScan.Run(cases, overtaken, options.MinimumSegment, options.Permutations, options.Seed, options.ConfidenceLevel);
        var k = scan.Split;
        var points = scan.Step * 100;
        var interval = new ConfidenceInterval(scan.StepInterval.Lower * 100, scan.StepInterval.Upper * 100, scan.StepInterval.Level);
        var casesBefore = cases.Take(k).Sum(p => p.Sum());
        var casesAfter = cases.Skip(k).Sum(p => p.Sum());
        var effect = new EffectSize("step up in the overtaking rate within priority class", points, "percentage points", options.PracticalMinimum, interval);
        var evidence = new List<Evidence>
        {
            new("step up in the overtaking rate within priority class", points, "percentage points", interval),
            new($"{options.CaseNoun} overtaken by a later arrival of their class, before the step", scan.Before, "share"),
            new($"{options.CaseNoun} overtaken by a later arrival of their class, from the step on", scan.After, "share"),
            new($"{options.CaseNoun} overtaken by a later, less urgent arrival, before the step", byLower.Take(k).Sum() / casesBefore, "share"),
            new($"{options.CaseNoun} overtaken by a later, less urgent arrival, from the step on", byLower.Skip(k).Sum() / casesAfter, "share"),
            new("breached cases that had been overtaken, before the step", Ratio(breachedOvertaken.Take(k).Sum(), breached.Take(k).Sum()), "share"),
            new("breached cases that had been overtaken, from the step on", Ratio(breachedOvertaken.Skip(k).Sum(), breached.Skip(k).Sum()), "share"),
        };
        foreach (var (name, s) in classes.Select((c, s) => (c, s)))
        {
            evidence.Add(new($"priority {name}: overtaken before the step", Ratio(overtaken.Take(k).Sum(p => p[s]), cases.Take(k).Sum(p => p[s])), "share"));
            evidence.Add(new($"priority {name}: overtaken from the step on", Ratio(overtaken.Skip(k).Sum(p => p[s]), cases.Skip(k).Sum(p => p[s])), "share"));
        }

        evidence.Add(new("periods before the step", k, "periods"));
        evidence.Add(new("periods from the step on", periods.Length - k, "periods"));
        evidence.Add(new("priority classes", classes.Length, "classes"));
        evidence.Add(new("dispersion of the period rates around the two levels (1 = binomial)", scan.Dispersion, "ratio"));
        evidence.Add(new("step test p-value (one-sided, permutation)", scan.P, "p"));

        var caveats = new List<string>
        {
            "Load changes overtaking without anyone choosing: with more cases waiting at once there are more chances to be passed, so a busier stretch raises the rate. Compare the step with arrivals over the same periods.",
            "Within a priority class a more urgent case may rightly go first (a clinician's judgement the recorded class does not capture); the test looks for a change in how often that happens, not at whether any one case was passed wrongly.",
            "The step's interval is for the split the scan chose, so it is a little too narrow.",
        };
        if (scan.Dispersion > 2)
        {
            caveats.Add($"The overtaking rates vary from period to period {Wording.Number(scan.Dispersion, 1)} times as much as chance alone would make them; the p-value allows for it (it reorders whole periods) and the interval has been widened to match.");
        }

        if (Wording.Excluded(options.Excluded, options.CaseNoun) is { } excludedCaveat)
        {
            caveats.Add(excludedCaveat);
        }

        var start = periods[k].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var intervalText = $"95% interval {Wording.Number(interval.Lower, 1)} to {Wording.Number(interval.Upper, 1)}";
        var sentence = points >= 0.05
            ? $"The largest rise over the periods came with the period starting {start}: from then on {Wording.Percent(scan.After)} of waiting {options.CaseNoun} were passed by a later arrival of their own priority class, against {Wording.Percent(scan.Before)} before; within class, a rise of {Wording.Points(points)} ({intervalText})."
            : $"Waiting {options.CaseNoun} were not passed by later arrivals of their own priority class more often over the {periods.Length} periods (largest step {Wording.Number(points, 1)} points, {intervalText}).";
        var chart = new SeriesChart(
            "Share of cases overtaken by a later arrival of their class, by period",
            $"period of arrival (1 = the period starting {periods[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
            "share overtaken",
            [.. classes.Select((c, s) => new ChartSeries($"priority {c}", [.. Enumerable.Range(0, periods.Length).Where(i => cases[i][s] > 0).Select(i => new ChartPoint(i + 1, overtaken[i][s] / cases[i][s]))]))],
            k + 0.5)
        {
            MarkerLabel = "largest step",
        };
        var severity = options.Rule.Classify(scan.P, effect);
        return new Finding(Code, Title, severity, effect, evidence, scan.P, scan.P, sentence, caveats, chart);
    }

    private static double[][] Grid(int rows, int columns) => [.. Enumerable.Range(0, rows).Select(_ => new double[columns])];

    private static double Ratio(double part, double whole) => whole > 0 ? part / whole : double.NaN;
}
