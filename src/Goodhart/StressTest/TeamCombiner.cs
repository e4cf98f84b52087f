using Goodhart.Input;

namespace Goodhart.StressTest;

/// <summary>Combines several respondents' answers to the same stress test into a <see cref="TeamProfile"/>.</summary>
public static class TeamCombiner
{
    /// <summary>The role name used for respondents who gave none.</summary>
    public const string UnspecifiedRole = "unspecified";

    /// <summary>Checks that the sheets can be combined: at least two, all about the same measure.</summary>
    /// <param name="sheets">Each respondent's answers with the file they came from.</param>
    public static IReadOnlyList<InputProblem> Check(IReadOnlyList<(string Source, AnswerSheet Sheet)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var problems = new List<InputProblem>();
        if (sheets.Count < 2)
        {
            problems.Add(new InputProblem(sheets.Count == 1 ? sheets[0].Source : "(no files)", 0, "", "a team profile needs answer files from at least two respondents"));
            return problems;
        }

        var first = sheets[0];
        foreach (var (source, sheet) in sheets.Skip(1))
        {
            if (!string.Equals(Normalise(sheet.MeasureName), Normalise(first.Sheet.MeasureName), StringComparison.Ordinal))
            {
                problems.Add(new InputProblem(source, 0, "context.measure",
                    $"is '{sheet.MeasureName}', but {first.Source} answers about '{first.Sheet.MeasureName}'; a team profile combines answers about one measure"));
            }
        }

        return problems;
    }

    /// <summary>Scores each respondent and combines the profiles.</summary>
    /// <param name="instrument">The instrument all answered.</param>
    /// <param name="sheets">The answers, at least two, about the same measure.</param>
    public static TeamProfile Combine(Instrument instrument, IReadOnlyList<AnswerSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentOutOfRangeException.ThrowIfLessThan(sheets.Count, 1);

        var members = sheets.Select(s => StressTestScorer.Score(instrument, s)).ToList();
        var dimensions = instrument.Dimensions.Select((d, i) => Summarise(
            instrument.Scoring, d.Id, d.Title, members, p => p.Dimensions[i].Score, p => p.Dimensions[i].Confidence, p => p.Dimensions[i].Contributions)).ToList();
        var overall = Summarise(instrument.Scoring, "overall", "Overall", members, p => p.Overall.Score, p => p.Overall.Confidence, p => p.Overall.Contributions);
        var gaps = dimensions.Append(overall).Select(d => Gap(instrument.Scoring, d)).OfType<RoleGap>().ToList();
        return new TeamProfile(members[0].MeasureName, instrument.Ref, members, dimensions, overall, gaps,
            Dysfunctions(members), Countermeasures(members), WatchList(members));
    }

    private static TeamDimension Summarise(
        ScoringSettings scoring, string id, string title, List<RiskProfile> members,
        Func<RiskProfile, double> score, Func<RiskProfile, double> confidence, Func<RiskProfile, IReadOnlyList<Contribution>> contributions)
    {
        var scores = members.Select(score).ToList();
        var median = Median(scores);
        var roles = members
            .GroupBy(m => m.Respondent.Role ?? UnspecifiedRole, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Median(g.Select(score).ToList()), StringComparer.Ordinal);
        var n = members.Count;
        var merged = members.SelectMany(contributions)
            .GroupBy(c => (c.Kind, c.Id))
            .Select(g => g.First() with { Points = g.Sum(c => c.Points) / n, Answer = "" })
            .ToList();
        var total = merged.Sum(c => c.Points);
        var mean = merged.Select(c => c with { Share = total > 0 ? c.Points / total : 0 }).OrderByDescending(c => c.Points).ToList();
        return new TeamDimension(id, title, median, scoring.BandOf(median), scores.Min(), scores.Max(), Median(members.Select(confidence).ToList()), mean, roles);
    }

    private static List<DysfunctionRisk> Dysfunctions(List<RiskProfile> members) =>
        members[0].Dysfunctions
            .Select(first =>
            {
                var all = members.Select(m => m.Dysfunctions.First(d => d.DysfunctionId == first.DysfunctionId)).ToList();
                var eases = all.Where(d => d.Ease is not null).Select(d => (double)d.Ease!.Value).ToList();
                int? ease = eases.Count > 0 ? (int)Math.Round(Median(eases), MidpointRounding.AwayFromZero) : null;
                var worst = all.MaxBy(d => d.Likelihood)!;
                return worst with { Likelihood = Median(all.Select(d => d.Likelihood).ToList()), Ease = ease, Likely = all.Count(d => d.Likely) * 2 > all.Count };
            })
            .OrderByDescending(d => d.Likelihood)
            .ToList();

    private static List<CountermeasureAdvice> Countermeasures(List<RiskProfile> members) =>
        members.SelectMany(m => m.Countermeasures)
            .GroupBy(c => c.CountermeasureId)
            .Select(g => (Advice: g.First() with
            {
                Because = [$"Called for by {g.Count()} of {members.Count} respondents", .. g.SelectMany(c => c.Because).Distinct().Take(4)],
            }, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .Select(x => x.Advice)
            .ToList();

    private static List<WatchSignal> WatchList(List<RiskProfile> members) =>
        members.SelectMany(m => m.WatchList)
            .GroupBy(w => w.Signal)
            .Select(g => g.OrderByDescending(w => w.Priority).First())
            .OrderByDescending(w => w.Priority)
            .ToList();

    private static RoleGap? Gap(ScoringSettings scoring, TeamDimension dimension)
    {
        if (dimension.RoleMedians.Count < 2)
        {
            return null;
        }

        var high = dimension.RoleMedians.MaxBy(kv => kv.Value);
        var low = dimension.RoleMedians.MinBy(kv => kv.Value);
        var apart = (int)scoring.BandOf(high.Value) - (int)scoring.BandOf(low.Value);
        return apart >= 1 ? new RoleGap(dimension.DimensionId, dimension.Title, high.Key, high.Value, low.Key, low.Value, apart) : null;
    }

    /// <summary>The median: the middle value, or the mean of the two middle values.</summary>
    internal static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Normalise(string? name) => (name ?? "").Trim().ToUpperInvariant();
}
