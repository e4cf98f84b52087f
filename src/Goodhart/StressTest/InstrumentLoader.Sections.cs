using Goodhart.Input;

namespace Goodhart.StressTest;

/// <summary>Reading the context, dimensions and checklist sections.</summary>
public static partial class InstrumentLoader
{
    private static readonly string[] ContextKinds = ["text", "long-text", "choice", "multi-choice"];

    private static List<ContextQuestion> ReadContext(NodeReader r, SourceMap top)
    {
        var questions = new List<ContextQuestion>();
        var ids = new List<(string, int, string)>();
        foreach (var (map, path) in Maps(r, r.List(top, "context", ""), "context"))
        {
            r.OnlyKeys(map, path, "id", "prompt", "label", "help", "kind", "required", "options");
            var id = Id(r, map, "id", path);
            var prompt = r.Text(map, "prompt", path);
            var shortLabel = r.Text(map, "label", path, required: false);
            var help = r.Text(map, "help", path, required: false) ?? "";
            var kindText = r.Text(map, "kind", path);
            var required = r.Flag(map, "required", path) ?? false;
            ContextKind? kind = kindText switch
            {
                "text" => ContextKind.Text,
                "long-text" => ContextKind.LongText,
                "choice" => ContextKind.Choice,
                "multi-choice" => ContextKind.MultiChoice,
                _ => null,
            };
            if (kindText is not null && kind is null)
            {
                r.Problem(map.Get("kind")!.Line, $"{path}.kind", $"'{kindText}' is not a kind; expected one of: {string.Join(", ", ContextKinds)}");
            }

            var options = new List<ContextOption>();
            var optionList = r.List(map, "options", path, required: kind is ContextKind.Choice or ContextKind.MultiChoice);
            if (kind is ContextKind.Text or ContextKind.LongText && optionList is not null)
            {
                r.Problem(optionList.Line, $"{path}.options", "only choice and multi-choice questions have options");
            }

            var optionIds = new List<(string, int, string)>();
            foreach (var (optionMap, optionPath) in Maps(r, optionList, $"{path}.options"))
            {
                r.OnlyKeys(optionMap, optionPath, "id", "label", "amplify");
                var optionId = Id(r, optionMap, "id", optionPath);
                var label = r.Text(optionMap, "label", optionPath);
                var amplify = r.Number(optionMap, "amplify", optionPath, 0, 2);
                if (optionId is not null && label is not null && amplify is not null)
                {
                    options.Add(new ContextOption(optionId, label, amplify.Value));
                    optionIds.Add((optionId, optionMap.Line, $"{optionPath}.id"));
                }
            }

            Unique(r, optionIds, "option");
            if (kind is ContextKind.Choice or ContextKind.MultiChoice && optionList is not null && optionList.Items.Count < 2)
            {
                r.Problem(optionList.Line, $"{path}.options", "a choice question needs at least two options");
            }

            if (id is not null && prompt is not null && kind is not null)
            {
                questions.Add(new ContextQuestion(id, prompt, shortLabel ?? prompt, help, kind.Value, required, options));
                ids.Add((id, map.Line, $"{path}.id"));
            }
        }

        Unique(r, ids, "context question");
        if (!questions.Any(q => q is { Id: "measure", Kind: ContextKind.Text, Required: true }))
        {
            r.Problem(top.Get("context")?.Line ?? top.Line, "context", "needs a required text question with id 'measure' (the name of the measure)");
        }

        return questions;
    }

    private static List<Dimension> ReadDimensions(NodeReader r, SourceMap top)
    {
        var dimensions = new List<Dimension>();
        var dimensionIds = new List<(string, int, string)>();
        var itemIds = new List<(string, int, string)>();
        var list = r.List(top, "dimensions", "");
        if (list is { Items.Count: 0 })
        {
            r.Problem(list.Line, "dimensions", "is empty; an instrument needs at least one dimension");
        }

        foreach (var (map, path) in Maps(r, list, "dimensions"))
        {
            r.OnlyKeys(map, path, "id", "title", "question", "prompt", "draws-on", "why", "items", "reflection");
            var id = Id(r, map, "id", path);
            var title = r.Text(map, "title", path);
            var question = r.Text(map, "question", path);
            var prompt = r.Text(map, "prompt", path, required: false) ?? "";
            var drawsOn = r.TextList(map, "draws-on", path, required: false);
            var why = r.Text(map, "why", path);
            var reflection = r.Text(map, "reflection", path);
            var itemList = r.List(map, "items", path);
            if (itemList is not null && itemList.Items.Count is < 3 or > 5)
            {
                r.Problem(itemList.Line, $"{path}.items", $"has {itemList.Items.Count} items; a dimension needs 3 to 5 rated items");
            }

            var items = new List<RatedItem>();
            foreach (var (itemMap, itemPath) in Maps(r, itemList, $"{path}.items"))
            {
                r.OnlyKeys(itemMap, itemPath, "id", "text", "weight", "anchors", "watch");
                var itemId = Id(r, itemMap, "id", itemPath);
                var text = r.Text(itemMap, "text", itemPath);
                var weight = r.Number(itemMap, "weight", itemPath, 0.01, 100);
                var anchors = Anchors(r, itemMap, itemPath);
                var watch = r.Text(itemMap, "watch", itemPath, required: false) ?? "";
                if (itemId is not null && text is not null && weight is not null && anchors is not null)
                {
                    items.Add(new RatedItem(itemId, text, weight.Value, anchors, watch));
                    itemIds.Add((itemId, itemMap.Line, $"{itemPath}.id"));
                }
            }

            if (id is not null && title is not null && question is not null && why is not null && reflection is not null)
            {
                dimensions.Add(new Dimension(id, title, question, prompt, drawsOn, why, items, reflection));
                dimensionIds.Add((id, map.Line, $"{path}.id"));
            }
        }

        Unique(r, dimensionIds, "dimension");
        Unique(r, itemIds, "item");
        return dimensions;
    }

    private static List<string>? Anchors(NodeReader r, SourceMap map, string path)
    {
        var anchors = r.TextList(map, "anchors", path);
        if (map.Get("anchors") is SourceList list && list.Items.Count != 5)
        {
            r.Problem(list.Line, $"{path}.anchors", $"has {list.Items.Count} anchors; expected exactly 5, one for each point 0 to 4 (4 the riskiest)");
            return null;
        }

        return anchors.Count == 5 ? anchors.ToList() : null;
    }

    private static DysfunctionChecklist? ReadChecklist(NodeReader r, SourceMap top, List<Dimension> dimensions)
    {
        var map = r.Map(top.Get("checklist"), "checklist", top.Line);
        if (map is null)
        {
            return null;
        }

        r.OnlyKeys(map, "checklist", "title", "prompt", "anchors", "dysfunctions");
        var title = r.Text(map, "title", "checklist");
        var prompt = r.Text(map, "prompt", "checklist");
        var anchors = Anchors(r, map, "checklist");
        var known = dimensions.Select(d => d.Id).Concat(dimensions.SelectMany(d => d.Items).Select(i => i.Id)).ToHashSet();
        var dimensionIds = dimensions.Select(d => d.Id).ToHashSet();
        var result = new List<Dysfunction>();
        var ids = new List<(string, int, string)>();
        foreach (var (d, path) in Maps(r, r.List(map, "dysfunctions", "checklist"), "checklist.dysfunctions"))
        {
            r.OnlyKeys(d, path, "id", "title", "question", "description", "signal", "amplifies", "evidence");
            var id = Id(r, d, "id", path);
            var dTitle = r.Text(d, "title", path);
            var question = r.Text(d, "question", path);
            var description = r.Text(d, "description", path);
            var signal = r.Text(d, "signal", path);
            var amplifies = r.TextList(d, "amplifies", path, required: false);
            var evidence = r.TextList(d, "evidence", path, required: false);
            CheckRefs(r, d, "amplifies", path, amplifies, dimensionIds, "dimension");
            CheckRefs(r, d, "evidence", path, evidence, known, "item or dimension");
            if (id is not null && dTitle is not null && question is not null && description is not null && signal is not null)
            {
                result.Add(new Dysfunction(id, dTitle, question, description, signal, amplifies, evidence));
                ids.Add((id, d.Line, $"{path}.id"));
            }
        }

        Unique(r, ids, "dysfunction");
        return title is null || prompt is null || anchors is null ? null : new DysfunctionChecklist(title, prompt, anchors, result);
    }

    private static void CheckRefs(NodeReader r, SourceMap map, string key, string path, IReadOnlyList<string> refs, IReadOnlySet<string> known, string what)
    {
        foreach (var reference in refs.Where(x => !known.Contains(x)))
        {
            r.Problem(map.Get(key)!.Line, NodeReader.Join(path, key), $"'{reference}' is not a known {what} id");
        }
    }
}
