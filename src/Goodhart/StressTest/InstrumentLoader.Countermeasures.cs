using Goodhart.Input;

namespace Goodhart.StressTest;

/// <summary>Reading the countermeasures and their triggers.</summary>
public static partial class InstrumentLoader
{
    private static List<Countermeasure> ReadCountermeasures(
        NodeReader r, SourceMap top, List<ContextQuestion> context, List<Dimension> dimensions, DysfunctionChecklist? checklist)
    {
        var result = new List<Countermeasure>();
        var ids = new List<(string, int, string)>();
        var items = dimensions.SelectMany(d => d.Items).Select(i => i.Id).ToHashSet();
        var dimensionIds = dimensions.Select(d => d.Id).ToHashSet();
        var dysfunctions = (checklist?.Dysfunctions ?? []).Select(d => d.Id).ToHashSet();
        foreach (var (map, path) in Maps(r, r.List(top, "countermeasures", ""), "countermeasures"))
        {
            r.OnlyKeys(map, path, "id", "title", "advice", "triggers");
            var id = Id(r, map, "id", path);
            var title = r.Text(map, "title", path);
            var advice = r.Text(map, "advice", path);
            var triggers = new List<Trigger>();
            foreach (var (t, tPath) in Maps(r, r.List(map, "triggers", path), $"{path}.triggers"))
            {
                if (ReadTrigger(r, t, tPath, context, items, dimensionIds, dysfunctions) is { } trigger)
                {
                    triggers.Add(trigger);
                }
            }

            if (id is not null && title is not null && advice is not null)
            {
                result.Add(new Countermeasure(id, title, advice, triggers));
                ids.Add((id, map.Line, $"{path}.id"));
            }
        }

        Unique(r, ids, "countermeasure");
        return result;
    }

    private static Trigger? ReadTrigger(
        NodeReader r, SourceMap t, string path, List<ContextQuestion> context,
        HashSet<string> items, HashSet<string> dimensions, HashSet<string> dysfunctions)
    {
        var kinds = new[] { "item", "dysfunction", "dimension", "context" }.Where(k => t.Get(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            r.Problem(t.Line, path, "a trigger names exactly one of: item, dysfunction, dimension, context");
            return null;
        }

        var kind = kinds[0];
        r.OnlyKeys(t, path, kind, kind == "context" ? "options" : "at-least");
        var reference = r.Text(t, kind, path);
        if (reference is null)
        {
            return null;
        }

        var line = t.Get(kind)!.Line;
        switch (kind)
        {
            case "context":
                var question = context.FirstOrDefault(q => q.Id == reference);
                var options = r.TextList(t, "options", path);
                if (question is null)
                {
                    r.Problem(line, $"{path}.context", $"'{reference}' is not a known context question id");
                    return null;
                }

                foreach (var option in options.Where(o => question.Options.All(x => x.Id != o)))
                {
                    r.Problem(line, $"{path}.options", $"'{option}' is not an option of '{reference}'; expected one of: {string.Join(", ", question.Options.Select(o => o.Id))}");
                }

                return new Trigger(TriggerKind.Context, reference, 0, options);
            case "dimension":
                if (!dimensions.Contains(reference))
                {
                    r.Problem(line, $"{path}.dimension", $"'{reference}' is not a known dimension id");
                }

                var score = r.Number(t, "at-least", path, 0, 100);
                return score is null ? null : new Trigger(TriggerKind.Dimension, reference, score.Value, []);
            default:
                var known = kind == "item" ? items : dysfunctions;
                if (!known.Contains(reference))
                {
                    r.Problem(line, $"{path}.{kind}", $"'{reference}' is not a known {kind} id");
                }

                var atLeast = r.Number(t, "at-least", path, 0, 4);
                return atLeast is null ? null : new Trigger(kind == "item" ? TriggerKind.Item : TriggerKind.Dysfunction, reference, atLeast.Value, []);
        }
    }
}
