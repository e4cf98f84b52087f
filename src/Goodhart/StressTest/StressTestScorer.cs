using System.Globalization;

namespace Goodhart.StressTest;

/// <summary>
/// Turns one respondent's answers into a <see cref="RiskProfile"/>. Pure: the same answers and
/// instrument always give the same profile. The model (docs/scoring.md):
/// <list type="number">
/// <item>Base score of a dimension: 100 × Σ wᵢaᵢ / (4 Σ wᵢ) over its items, where aᵢ is the 0–4 rating and a
/// "not sure" or missing answer counts 0, so it can only lower risk; it lowers confidence instead
/// (confidence = rated weight / total weight).</item>
/// <item>Multiplier: 1 + the largest <c>amplify</c> of the options chosen for each context question
/// + A × Σ eₖ / (4 nₐ) over the nₐ checklist dysfunctions that amplify the dimension (eₖ their ease 0–4,
/// A the instrument's <c>dysfunction-amplify</c>).</item>
/// <item>Score = min(100, base × multiplier). Each answer's contribution is its share of base × multiplier,
/// scaled by the cap, so the contributions add up to the score exactly.</item>
/// <item>Overall = (Σ sᵈᵖ / k)^(1/p), the power mean of the k dimension scores with the instrument's p; a
/// dimension's share of it is sᵈᵖ / Σ sᵖ.</item>
/// </list>
/// Every step is non-decreasing in every rating, so raising a risk answer never lowers any score.
/// </summary>
public static class StressTestScorer
{
    /// <summary>Scores one respondent's answers.</summary>
    /// <param name="instrument">The instrument the answers were given to.</param>
    /// <param name="sheet">The answers; the measure must be named.</param>
    public static RiskProfile Score(Instrument instrument, AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(sheet);
        var measure = sheet.MeasureName
            ?? throw new ArgumentException("The answers do not name the measure (context.measure).", nameof(sheet));

        var dimensions = instrument.Dimensions.Select(d => ScoreDimension(instrument, sheet, d)).ToList();
        var overall = ScoreOverall(instrument.Scoring, dimensions);
        var dysfunctions = RankDysfunctions(instrument, sheet, dimensions);
        var countermeasures = Countermeasures(instrument, sheet, dimensions);
        var watch = WatchList(instrument, sheet);
        return new RiskProfile(measure, instrument.Ref, sheet.Respondent, dimensions, overall, dysfunctions, countermeasures, watch);
    }

    private static DimensionScore ScoreDimension(Instrument instrument, AnswerSheet sheet, Dimension dimension)
    {
        var totalWeight = dimension.Items.Sum(i => i.Weight);
        var itemParts = new List<Contribution>();
        var ratedWeight = 0.0;
        var rated = 0;
        foreach (var item in dimension.Items)
        {
            if (sheet.Items.TryGetValue(item.Id, out var answer) && answer.Rating is { } rating)
            {
                ratedWeight += item.Weight;
                rated++;
                var points = 100.0 * item.Weight * rating / (4.0 * totalWeight);
                itemParts.Add(new Contribution(TriggerKind.Item, item.Id, item.Text, AnchorText(item.Anchors, rating), points, 0));
            }
        }

        var baseScore = itemParts.Sum(p => p.Points);
        var amplifiers = Amplifiers(instrument, sheet, dimension.Id);
        var multiplier = 1.0 + amplifiers.Sum(a => a.Amplify);
        var raw = baseScore * multiplier;
        var score = Math.Min(100.0, raw);
        var cap = raw > 0 ? score / raw : 1.0;

        var parts = itemParts.Select(p => p with { Points = p.Points * cap })
            .Concat(amplifiers.Select(a => new Contribution(a.Kind, a.Id, a.Label, a.Answer, baseScore * a.Amplify * cap, 0)))
            .Where(p => p.Points > 0)
            .Select(p => p with { Share = p.Points / score })
            .OrderByDescending(p => p.Points)
            .ToList();

        var confidence = totalWeight > 0 ? ratedWeight / totalWeight : 0;
        return new DimensionScore(dimension.Id, dimension.Title, score, instrument.Scoring.BandOf(score), baseScore, multiplier, confidence, rated, dimension.Items.Count, parts);
    }

    private static List<(TriggerKind Kind, string Id, string Label, string Answer, double Amplify)> Amplifiers(
        Instrument instrument, AnswerSheet sheet, string dimensionId)
    {
        var result = new List<(TriggerKind, string, string, string, double)>();
        foreach (var question in instrument.Context.Where(q => q.Kind is ContextKind.Choice or ContextKind.MultiChoice))
        {
            var chosen = sheet.ContextValues(question.Id)
                .Select(v => question.Options.FirstOrDefault(o => o.Id == v))
                .OfType<ContextOption>()
                .OrderByDescending(o => o.Amplify)
                .FirstOrDefault();
            if (chosen is { Amplify: > 0 })
            {
                result.Add((TriggerKind.Context, question.Id, question.Prompt, chosen.Label, chosen.Amplify));
            }
        }

        var linked = instrument.Checklist.Dysfunctions.Where(d => d.Amplifies.Contains(dimensionId)).ToList();
        foreach (var dysfunction in linked)
        {
            if (sheet.Dysfunctions.TryGetValue(dysfunction.Id, out var ease) && ease.Rating is { } rating && rating > 0)
            {
                var amplify = instrument.Scoring.DysfunctionAmplify * rating / (4.0 * linked.Count);
                result.Add((TriggerKind.Dysfunction, dysfunction.Id, dysfunction.Question, AnchorText(instrument.Checklist.Anchors, rating), amplify));
            }
        }

        return result;
    }

    private static OverallScore ScoreOverall(ScoringSettings scoring, List<DimensionScore> dimensions)
    {
        var p = scoring.OverallPower;
        var powered = dimensions.Select(d => Math.Pow(d.Score, p)).ToList();
        var sum = powered.Sum();
        var score = dimensions.Count == 0 ? 0 : Math.Min(100.0, Math.Pow(sum / dimensions.Count, 1.0 / p));
        var shares = new Dictionary<string, double>();
        var byAnswer = new Dictionary<(TriggerKind, string), Contribution>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var share = sum > 0 ? score * powered[i] / sum : 0;
            shares[dimensions[i].DimensionId] = share;
            foreach (var part in dimensions[i].Contributions)
            {
                var points = share * part.Share;
                var key = (part.Kind, part.Id);
                byAnswer[key] = byAnswer.TryGetValue(key, out var seen) ? seen with { Points = seen.Points + points } : part with { Points = points };
            }
        }

        var contributions = byAnswer.Values
            .Where(c => c.Points > 0)
            .Select(c => c with { Share = c.Points / score })
            .OrderByDescending(c => c.Points)
            .ToList();
        var confidence = dimensions.Count == 0 ? 0 : dimensions.Average(d => d.Confidence);
        return new OverallScore(score, scoring.BandOf(score), confidence, shares, contributions);
    }

    private static List<DysfunctionRisk> RankDysfunctions(Instrument instrument, AnswerSheet sheet, List<DimensionScore> dimensions)
    {
        var scoring = instrument.Scoring;
        var result = new List<DysfunctionRisk>();
        foreach (var dysfunction in instrument.Checklist.Dysfunctions)
        {
            var reasons = new List<string>();
            int? ease = sheet.Dysfunctions.TryGetValue(dysfunction.Id, out var answer) ? answer.Rating : null;
            if (ease is { } e)
            {
                reasons.Add($"Checklist: {instrument.Checklist.Anchors[e]} ({e} of 4)");
            }

            var evidence = new List<(double Value, string Why)>();
            foreach (var reference in dysfunction.Evidence)
            {
                if (instrument.FindItem(reference) is { } item)
                {
                    var rating = sheet.Items.TryGetValue(item.Id, out var a) ? a.Rating ?? 0 : 0;
                    evidence.Add((rating * 25.0, $"\"{item.Text}\": {(rating > 0 ? AnchorText(item.Anchors, rating) : "not rated as a risk")}"));
                }
                else if (dimensions.FirstOrDefault(d => d.DimensionId == reference) is { } dimension)
                {
                    evidence.Add((dimension.Score, string.Create(CultureInfo.InvariantCulture, $"{dimension.Title} scored {dimension.Score:0}")));
                }
            }

            var easePart = (ease ?? 0) * 25.0;
            var likelihood = evidence.Count == 0
                ? easePart
                : (scoring.EaseWeight * easePart) + ((1 - scoring.EaseWeight) * evidence.Average(x => x.Value));
            reasons.AddRange(evidence.Where(x => x.Value >= 50).OrderByDescending(x => x.Value).Take(3).Select(x => x.Why));
            result.Add(new DysfunctionRisk(dysfunction.Id, dysfunction.Title, likelihood, ease, likelihood >= scoring.LikelyAtLeast, dysfunction.Description, reasons));
        }

        return result.OrderByDescending(d => d.Likelihood).ThenBy(d => instrument.Checklist.Dysfunctions.ToList().FindIndex(x => x.Id == d.DysfunctionId)).ToList();
    }

    private static List<CountermeasureAdvice> Countermeasures(Instrument instrument, AnswerSheet sheet, List<DimensionScore> dimensions)
    {
        var fired = new List<(CountermeasureAdvice Advice, int Order)>();
        for (var index = 0; index < instrument.Countermeasures.Count; index++)
        {
            var countermeasure = instrument.Countermeasures[index];
            var because = countermeasure.Triggers.Select(t => Fires(instrument, sheet, dimensions, t)).OfType<string>().Distinct().ToList();
            if (because.Count > 0)
            {
                fired.Add((new CountermeasureAdvice(countermeasure.Id, countermeasure.Title, countermeasure.Advice, because), index));
            }
        }

        return fired.OrderByDescending(f => f.Advice.Because.Count).ThenBy(f => f.Order).Select(f => f.Advice).ToList();
    }

    private static string? Fires(Instrument instrument, AnswerSheet sheet, List<DimensionScore> dimensions, Trigger trigger)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Item:
                var item = instrument.FindItem(trigger.Ref)!;
                return sheet.Items.TryGetValue(item.Id, out var a) && a.Rating is { } r && r >= trigger.AtLeast
                    ? $"\"{item.Text}\": {AnchorText(item.Anchors, r)}"
                    : null;
            case TriggerKind.Dysfunction:
                var dysfunction = instrument.Checklist.Dysfunctions.First(d => d.Id == trigger.Ref);
                return sheet.Dysfunctions.TryGetValue(dysfunction.Id, out var e) && e.Rating is { } ease && ease >= trigger.AtLeast
                    ? $"{dysfunction.Title}: {AnchorText(instrument.Checklist.Anchors, ease)}"
                    : null;
            case TriggerKind.Dimension:
                var score = dimensions.First(d => d.DimensionId == trigger.Ref);
                return score.Score >= trigger.AtLeast
                    ? string.Create(CultureInfo.InvariantCulture, $"{score.Title} scored {score.Score:0} (at least {trigger.AtLeast:0})")
                    : null;
            default:
                var question = instrument.Context.First(q => q.Id == trigger.Ref);
                var hits = question.Options.Where(o => trigger.Options.Contains(o.Id) && sheet.ContextValues(question.Id).Contains(o.Id)).ToList();
                return hits.Count > 0 ? $"{question.Prompt} {string.Join("; ", hits.Select(h => h.Label))}" : null;
        }
    }

    private static List<WatchSignal> WatchList(Instrument instrument, AnswerSheet sheet)
    {
        var level = instrument.Scoring.WatchAtLeast;
        var result = new List<WatchSignal>();
        foreach (var item in instrument.AllItems.Where(i => i.Watch.Length > 0))
        {
            if (sheet.Items.TryGetValue(item.Id, out var a) && a.Rating is { } r && r >= 1)
            {
                result.Add(new WatchSignal(item.Watch, $"\"{item.Text}\": {AnchorText(item.Anchors, r)}", r >= level));
            }
        }

        foreach (var dysfunction in instrument.Checklist.Dysfunctions)
        {
            if (sheet.Dysfunctions.TryGetValue(dysfunction.Id, out var a) && a.Rating is { } r && r >= 2)
            {
                result.Add(new WatchSignal(dysfunction.Signal, $"{dysfunction.Title}: {AnchorText(instrument.Checklist.Anchors, r)}", r >= level));
            }
        }

        return result.OrderByDescending(w => w.Priority).ToList();
    }

    private static string AnchorText(IReadOnlyList<string> anchors, int rating) => anchors[rating];
}
