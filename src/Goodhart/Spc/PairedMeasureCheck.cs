using System.Globalization;

namespace Goodhart.Spc;

/// <summary>
/// Paired measures: a measure pushed towards a goal beside the balancing measure that shows the harm of pushing it
/// (the balancing measures of the Model for Improvement, Langley et al., <i>The Improvement Guide</i>, 2009; the "paired indicators" of Grove, <i>High Output Management</i>, 1983). The check
/// reads the two charts over the same recent periods and raises a finding when the measure shows a sustained
/// improvement while its balancing measure shows a signal of getting worse: the pattern of a number hit at the cost
/// of what it was meant to serve. It uses only the charts' own signals (<see cref="SpcAnalysis"/>), so it adds no
/// test of its own and no false-alarm rate beyond the two charts'.
/// </summary>
public static class PairedMeasureCheck
{
    /// <summary>The number of recent shared periods compared by default: a year of months.</summary>
    public const int DefaultWindow = 12;

    /// <summary>The fewest shared periods worth comparing.</summary>
    public const int MinimumSharedPeriods = 3;

    // Rules that take several points in a row: a run, a trend, a long run, few crossings. One point beyond the limits
    // is a signal, but one good period is not yet a sustained improvement.
    private const SpcRule Sustained = SpcRule.Shift | SpcRule.Trend | SpcRule.LongRun | SpcRule.FewCrossings;

    /// <summary>
    /// Compares the last <paramref name="window"/> periods in which both charts have a value, by the latest signal of
    /// each chart in those periods (its last improvement or concern signal, with the signals of the same kind before
    /// it back to one of the other kind). The measure counts as improving when its latest signal is an improvement
    /// from a sustained rule (shift, trend, long run, few crossings) or spans two or more periods; the balancing
    /// measure counts as worsening when its latest signal is a concern.
    /// </summary>
    /// <param name="measure">The chart of the measure being pushed, charted with its direction of good.</param>
    /// <param name="balancing">The chart of its balancing measure, charted with its own direction of good.</param>
    /// <param name="window">How many recent shared periods to compare; at least <see cref="MinimumSharedPeriods"/>.</param>
    public static PairedMeasureFinding Check(SpcResult measure, SpcResult balancing, int window = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(balancing);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, MinimumSharedPeriods);

        if (measure.Options.Direction == ImprovementDirection.Neutral || balancing.Options.Direction == ImprovementDirection.Neutral)
        {
            var which = measure.Options.Direction == ImprovementDirection.Neutral ? measure.Name : balancing.Name;
            return new PairedMeasureFinding(PairedVerdict.NoDirection, null, null, 0, false, false, SpcRule.None, SpcRule.None,
                $"{which} has no direction of good, so getting better cannot be told from getting worse. Say which way is better on its card to compare the pair.");
        }

        var balancingByKey = new Dictionary<SpcKey, SpcPoint>();
        foreach (var point in balancing.Points.Where(p => p.Value is not null))
        {
            balancingByKey[point.Key] = point;
        }

        var shared = measure.Points
            .Where(p => p.Value is not null && balancingByKey.ContainsKey(p.Key))
            .Select(p => (Measure: p, Balancing: balancingByKey[p.Key]))
            .ToList();
        if (shared.Count < MinimumSharedPeriods)
        {
            return new PairedMeasureFinding(PairedVerdict.TooFewSharedPeriods, null, null, shared.Count, false, false, SpcRule.None, SpcRule.None,
                string.Create(CultureInfo.InvariantCulture,
                    $"{measure.Name} and {balancing.Name} have a value for the same period {Times(shared.Count)}; at least {MinimumSharedPeriods} shared periods are needed to compare them."));
        }

        var recent = shared.Skip(Math.Max(0, shared.Count - window)).ToList();
        var (measureKind, measureRules, measureCount) = LatestSignal(recent.Select(p => p.Measure).ToList());
        var (balancingKind, balancingRules, _) = LatestSignal(recent.Select(p => p.Balancing).ToList());
        var improving = measureKind == SignalKind.Improvement && ((measureRules & Sustained) != SpcRule.None || measureCount >= 2);
        var worsening = balancingKind == SignalKind.Concern;
        measureRules = measureKind == SignalKind.Improvement ? measureRules : SpcRule.None;
        balancingRules = worsening ? balancingRules : SpcRule.None;
        var from = recent[0].Measure.Key;
        var to = recent[^1].Measure.Key;
        var span = $"from {from} to {to}";

        var sentence = (improving, worsening) switch
        {
            (true, true) =>
                $"{measure.Name} has improved ({Describe(measureRules)}) while its balancing measure {balancing.Name} got worse ({Describe(balancingRules)}), {span}. " +
                "The gain may be bought with the harm the balancing measure is there to show: find out how the work changed before counting it as a success.",
            (true, false) =>
                $"{measure.Name} has improved ({Describe(measureRules)}) {span}, and its balancing measure {balancing.Name} shows no sign of getting worse over the same periods.",
            (false, true) =>
                $"{balancing.Name} got worse ({Describe(balancingRules)}) {span}, but {measure.Name} shows no sustained improvement over the same periods, so this is not the pattern of one bought with the other. The worsening is worth a look on its own.",
            _ =>
                $"Neither {measure.Name} nor its balancing measure {balancing.Name} shows a change pulling them apart {span}.",
        };
        return new PairedMeasureFinding(
            improving && worsening ? PairedVerdict.ImprovedAtACost : PairedVerdict.NoConflict,
            from, to, recent.Count, improving, worsening, measureRules, balancingRules, sentence);
    }

    /// <summary>
    /// The latest signal in the periods: the kind of the last point that is part of an improvement or concern signal,
    /// with the rules and the number of points of that kind back to the last point of the other kind. A step shows on
    /// a chart of all its points as signals on both sides, the periods before it on one and those after on the
    /// other; the later one is where the process went.
    /// </summary>
    private static (SignalKind Kind, SpcRule Rules, int Count) LatestSignal(List<SpcPoint> points)
    {
        var kind = SignalKind.None;
        var rules = SpcRule.None;
        var count = 0;
        for (var i = points.Count - 1; i >= 0; i--)
        {
            var signal = points[i].Signal;
            if (signal is not (SignalKind.Improvement or SignalKind.Concern))
            {
                continue;
            }

            if (kind == SignalKind.None)
            {
                kind = signal;
            }
            else if (signal != kind)
            {
                break;
            }

            rules |= points[i].Rules;
            count++;
        }

        return (kind, rules, count);
    }

    private static string Times(int count) => count switch
    {
        0 => "in no period",
        1 => "in only one period",
        _ => string.Create(CultureInfo.InvariantCulture, $"in only {count} periods"),
    };

    private static string Describe(SpcRule rules)
    {
        var words = new List<string>();
        if (rules.HasFlag(SpcRule.Shift))
        {
            words.Add("a run of points on one side of its centre line");
        }

        if (rules.HasFlag(SpcRule.Trend))
        {
            words.Add("a run of points moving the same way");
        }

        if (rules.HasFlag(SpcRule.LongRun) || rules.HasFlag(SpcRule.FewCrossings))
        {
            words.Add("too few crossings of its centre line for chance");
        }

        if (rules.HasFlag(SpcRule.BeyondLimits))
        {
            words.Add("points beyond its limits");
        }

        if (rules.HasFlag(SpcRule.TwoOfThree))
        {
            words.Add("points near its limits");
        }

        return words.Count switch
        {
            0 => "no signal",
            1 => words[0],
            _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
        };
    }
}
