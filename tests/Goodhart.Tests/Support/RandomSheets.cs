using System.Collections.Immutable;
using Goodhart.StressTest;

namespace Goodhart.Tests.Support;

/// <summary>
/// Turns arbitrary integers (as FsCheck generates them) into answer sheets for the default instrument,
/// so property tests range over every kind of answer: ratings, "not sure", missing, context choices.
/// </summary>
internal static class RandomSheets
{
    public static Instrument Instrument => InstrumentLoader.Default;

    /// <summary>Every answer slot a sheet has: items, then dysfunctions, then context choice options.</summary>
    public static IReadOnlyList<(string Kind, string Id)> Slots { get; } =
        Instrument.AllItems.Select(i => ("item", i.Id))
            .Concat(Instrument.Checklist.Dysfunctions.Select(d => ("dysfunction", d.Id)))
            .ToList();

    public static AnswerSheet From(int[] seeds)
    {
        var sheet = AnswerSheet.Blank(Instrument);
        int At(int i) => seeds.Length == 0 ? 0 : Math.Abs(seeds[i % seeds.Length] % 7);
        var items = ImmutableDictionary.CreateBuilder<string, ItemAnswer>();
        var dysfunctions = ImmutableDictionary.CreateBuilder<string, ItemAnswer>();
        for (var i = 0; i < Slots.Count; i++)
        {
            var target = Slots[i].Kind == "item" ? items : dysfunctions;
            var v = At(i + (seeds.Length > 0 ? Math.Abs(seeds[0] % 5) : 0));
            if (v <= 4)
            {
                target[Slots[i].Id] = ItemAnswer.Rated(v);
            }
            else if (v == 5)
            {
                target[Slots[i].Id] = ItemAnswer.NotSure;
            }
        }

        var context = sheet.Context.SetItem("measure", ["A measure"]);
        foreach (var question in Instrument.Context.Where(q => q.Options.Count > 0))
        {
            var chosen = question.Options.Where((o, k) => At(k + question.Id.Length) % 2 == 0).Select(o => o.Id).ToList();
            if (question.Kind == ContextKind.Choice && chosen.Count > 1)
            {
                chosen = chosen.Take(1).ToList();
            }

            context = context.SetItem(question.Id, [.. chosen]);
        }

        return sheet with { Items = items.ToImmutable(), Dysfunctions = dysfunctions.ToImmutable(), Context = context };
    }

    /// <summary>The same sheet with one answer slot raised by one step (not sure/missing count as below 0).</summary>
    public static AnswerSheet Raise(AnswerSheet sheet, int slot)
    {
        var (kind, id) = Slots[slot % Slots.Count];
        var answers = kind == "item" ? sheet.Items : sheet.Dysfunctions;
        var next = answers.TryGetValue(id, out var a) && a.Rating is { } r ? Math.Min(4, r + 1) : 0;
        answers = answers.SetItem(id, ItemAnswer.Rated(next));
        return kind == "item" ? sheet with { Items = answers } : sheet with { Dysfunctions = answers };
    }

    /// <summary>The same sheet with one answer slot set to "not sure".</summary>
    public static AnswerSheet NotSure(AnswerSheet sheet, int slot)
    {
        var (kind, id) = Slots[slot % Slots.Count];
        return kind == "item"
            ? sheet with { Items = sheet.Items.SetItem(id, ItemAnswer.NotSure) }
            : sheet with { Dysfunctions = sheet.Dysfunctions.SetItem(id, ItemAnswer.NotSure) };
    }

    /// <summary>The same sheet with one more option of a context choice question chosen (the riskiest not yet chosen).</summary>
    public static AnswerSheet RaiseContext(AnswerSheet sheet, int which)
    {
        var questions = Instrument.Context.Where(q => q.Options.Count > 0).ToList();
        var question = questions[Math.Abs(which) % questions.Count];
        var chosen = sheet.ContextValues(question.Id);
        if (question.Kind == ContextKind.Choice)
        {
            var current = chosen.IsDefaultOrEmpty ? -1 : question.Options.ToList().FindIndex(o => o.Id == chosen[0]);
            var next = Math.Min(question.Options.Count - 1, current + 1);
            return sheet with { Context = sheet.Context.SetItem(question.Id, [question.Options[next].Id]) };
        }

        var add = question.Options.LastOrDefault(o => !chosen.Contains(o.Id));
        return add is null ? sheet : sheet with { Context = sheet.Context.SetItem(question.Id, chosen.Add(add.Id)) };
    }

    /// <summary>Every score of a profile, flattened in a fixed order.</summary>
    public static IReadOnlyList<double> AllScores(RiskProfile p) =>
        [.. p.Dimensions.Select(d => d.Score), p.Overall.Score, .. p.Dysfunctions.OrderBy(d => d.DysfunctionId, StringComparer.Ordinal).Select(d => d.Likelihood)];
}
