using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using MathNet.Numerics.Distributions;

namespace Goodhart.Detection;

/// <summary>
/// Storing up: work held back and then completed in a rush before the period's figures are taken, so that the last
/// days of each reporting period carry more completions than the rest — and, if the held work was old, a higher share
/// of breaches.
/// </summary>
/// <remarks>
/// Each complete period gives one number, the log of (completions per day in its last days) ÷ (completions per day on
/// its other days); the test is a one-sided one-sample t-test of their mean against 0 across periods, so that
/// variation from period to period (busy months, short staff) widens the interval instead of being mistaken for
/// signal. The effect is the geometric-mean ratio minus 1. When a period has no completions on one side, half a case
/// is added to both counts of that period so its log ratio is finite. A period counts as complete when it has
/// completions on one of its first two days and on one of its last two; others (the ends of the data) are left out.
/// The breach share late in periods is tested the same way, on the per-period difference in share, and reported as
/// evidence beside the throughput test.
/// </remarks>
public static class StoringUpDetector
{
    /// <summary>The finding's code.</summary>
    public const string Code = "storing-up";

    private const string Title = "Storing up: completions crowd into the end of each period";

    /// <summary>Looks for storing up in completions by day of period.</summary>
    /// <param name="days">Completions per day of each period, split by whether they met the target.</param>
    /// <param name="options">The settings; <c>null</c> for <see cref="StoringUpOptions.Default"/>.</param>
    /// <returns>A finding with code "storing-up".</returns>
    /// <exception cref="ArgumentException">A row's day lies outside its period, a period has two lengths, or a count is negative.</exception>
    public static Finding Detect(IReadOnlyList<PeriodDayCount> days, StoringUpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        options ??= StoringUpOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LastDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumPeriods, 2);
        ArgumentNullException.ThrowIfNull(options.Rule);
        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        foreach (var day in days)
        {
            if (day.DayOfPeriod < 1 || day.DayOfPeriod > day.DaysInPeriod || day.Met < 0 || day.Breached < 0)
            {
                throw new ArgumentException($"The row for day {day.DayOfPeriod} of the period starting {day.PeriodStart:yyyy-MM-dd} ({day.DaysInPeriod} days, {day.Met} met, {day.Breached} breached) is not possible.", nameof(days));
            }
        }

        var k = options.LastDays;
        var periods = new List<Period>();
        var incomplete = 0;
        foreach (var group in days.GroupBy(d => d.PeriodStart).OrderBy(g => g.Key))
        {
            var length = group.First().DaysInPeriod;
            if (group.Any(d => d.DaysInPeriod != length))
            {
                throw new ArgumentException($"The period starting {group.Key:yyyy-MM-dd} is given two different lengths.", nameof(days));
            }

            var any = group.Where(d => d.Met + d.Breached > 0).ToArray();
            if (length < k + 2 || !any.Any(d => d.DayOfPeriod <= 2) || !any.Any(d => d.DayOfPeriod >= length - 1))
            {
                incomplete++;
                continue;
            }

            var late = group.Where(d => d.DayOfPeriod > length - k).ToArray();
            var early = group.Where(d => d.DayOfPeriod <= length - k).ToArray();
            periods.Add(new Period(
                group.Key,
                length,
                late.Sum(d => (double)(d.Met + d.Breached)),
                late.Sum(d => (double)d.Breached),
                early.Sum(d => (double)(d.Met + d.Breached)),
                early.Sum(d => (double)d.Breached),
                group.ToArray()));
        }

        if (periods.Count < options.MinimumPeriods)
        {
            return Finding.NotEnoughData(
                Code,
                Title,
                $"Only {periods.Count} complete periods were found ({incomplete} more were incomplete or too short); the test needs at least {options.MinimumPeriods}.",
                [new Evidence("complete periods", periods.Count, "periods")]);
        }

        var logRatios = periods.Select(p => p.LogRatio(k)).ToArray();
        var throughput = OneSampleT(logRatios, options.ConfidenceLevel);
        var ratio = Math.Exp(throughput.Mean);
        var ratioInterval = new ConfidenceInterval(Math.Exp(throughput.Interval.Lower), Math.Exp(throughput.Interval.Upper), options.ConfidenceLevel);
        var effectInterval = new ConfidenceInterval(ratioInterval.Lower - 1, ratioInterval.Upper - 1, options.ConfidenceLevel);
        var effect = new EffectSize($"extra completions per day in the last {k} days", ratio - 1, "share", options.PracticalMinimum, effectInterval);

        var evidence = new List<Evidence>
        {
            new($"completions per day, last {k} days ÷ other days (geometric mean over periods)", ratio, "ratio", ratioInterval),
            new("throughput test p-value (one-sided)", throughput.P, "p"),
            new("complete periods", periods.Count, "periods"),
        };
        var caveats = new List<string>
        {
            "Calendar effects look the same: if periods end on busy weekdays, or a routine job (a month-end clear-out, a payroll run) falls at the end, late days carry more completions without anyone holding work back.",
            "The test counts completions, not when the work arrived; more work arriving late in periods would also raise late throughput.",
        };
        if (incomplete > 0)
        {
            caveats.Add($"{incomplete} periods were left out as incomplete (no completions in their first or last two days) or shorter than {k + 2} days.");
        }

        var breachSentence = "";
        var shares = periods.Where(p => p.Late > 0 && p.Early > 0).Select(p => (p.LateBreached / p.Late) - (p.EarlyBreached / p.Early)).ToArray();
        if (shares.Length >= 2)
        {
            var breach = OneSampleT(shares, options.ConfidenceLevel);
            evidence.Add(new($"breach share in the last {k} days minus breach share on other days", breach.Mean, "share", breach.Interval));
            evidence.Add(new("breach-share test p-value (one-sided, rising late)", breach.P, "p"));
            breachSentence = breach.Mean > 0
                ? $"; the share breaching the target was {Wording.Number(breach.Mean * 100, 1)} points higher late in the period"
                : $"; the share breaching the target was not higher late in the period ({Wording.Number(breach.Mean * 100, 1)} points)";
        }

        var severity = options.Rule.Classify(throughput.P, effect);
        var sentence = ratio >= 1.005
            ? $"In the last {k} days of each period about {Wording.Percent(ratio - 1)} more {options.CaseNoun} were completed per day than on the other days (over {periods.Count} periods; 95% interval {Wording.Percent(effectInterval.Lower)} to {Wording.Percent(effectInterval.Upper)}){breachSentence}."
            : $"In the last {k} days of each period no more {options.CaseNoun} were completed per day than on the other days (ratio {Wording.Number(ratio)} over {periods.Count} periods){breachSentence}.";
        return new Finding(Code, Title, severity, effect, evidence, throughput.P, throughput.P, sentence, caveats, Chart(periods, k));
    }

    private static (double Mean, ConfidenceInterval Interval, double P) OneSampleT(double[] values, double level)
    {
        var n = values.Length;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var se = sd / Math.Sqrt(n);
        if (se == 0)
        {
            // Every period agrees exactly: there is no spread to test against.
            return (mean, new ConfidenceInterval(mean, mean, level), mean > 0 ? 0 : 1);
        }

        var q = StudentT.InvCDF(0, 1, n - 1, 0.5 + (level / 2));
        var p = 1 - StudentT.CDF(0, 1, n - 1, mean / se);
        return (mean, new ConfidenceInterval(mean - (q * se), mean + (q * se), level), p);
    }

    private static SeriesChart Chart(List<Period> periods, int k)
    {
        // Each day's completions relative to its period's daily mean, averaged over periods by days before the end.
        var byOffset = new SortedDictionary<int, List<double>>();
        foreach (var period in periods)
        {
            var mean = (period.Late + period.Early) / period.Length;
            foreach (var day in period.Rows)
            {
                var offset = day.DayOfPeriod - period.Length;
                if (!byOffset.TryGetValue(offset, out var list))
                {
                    byOffset[offset] = list = [];
                }

                list.Add((day.Met + day.Breached) / mean);
            }
        }

        return new SeriesChart(
            "Completions by day before the end of the period",
            "days before the period ends (0 = last day)",
            "completions ÷ the period's daily mean",
            [new ChartSeries("average over periods", [.. byOffset.Select(e => new ChartPoint(e.Key, e.Value.Average()))])],
            -k + 0.5)
        {
            MarkerLabel = "start of the late days",
        };
    }

    private sealed record Period(DateOnly Start, int Length, double Late, double LateBreached, double Early, double EarlyBreached, PeriodDayCount[] Rows)
    {
        public double LogRatio(int k)
        {
            var (late, early) = Late > 0 && Early > 0 ? (Late, Early) : (Late + 0.5, Early + 0.5);
            return Math.Log(late / k) - Math.Log(early / (Length - k));
        }
    }
}
