using System.Collections.Immutable;
using System.Globalization;
using Goodhart.Input;

namespace Goodhart.StressTest;

/// <summary>
/// Reads an answers file (JSON or YAML, chosen by the file extension) against an instrument. Every
/// unknown id and out-of-range value is reported with its line; answers given to another version of
/// the instrument load with a warning naming the items whose wording changed.
/// </summary>
public static class AnswerSheetReader
{
    /// <summary>The answers-file format version this reader understands.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] TopKeys =
        ["schemaVersion", "instrument", "respondent", "context", "items", "reflections", "dysfunctions", "step", "started", "updated", "choices"];

    /// <summary>Parses answers.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">The file name: <c>.json</c> is read as JSON, anything else as YAML.</param>
    /// <param name="instrument">The instrument the answers are checked against.</param>
    public static Loaded<AnswerSheet> Parse(string text, string source, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(instrument);

        var (root, syntax) = SourceParser.Parse(text, source);
        if (syntax is not null)
        {
            return Loaded<AnswerSheet>.Failed([syntax]);
        }

        var r = new NodeReader(source);
        var top = r.Map(root, "(document)", 1);
        if (top is null)
        {
            return Loaded<AnswerSheet>.Failed(r.Problems);
        }

        r.OnlyKeys(top, "", TopKeys);
        if (r.Number(top, "schemaVersion", "", 1, SchemaVersion, required: false) is null && top.Get("schemaVersion") is not null)
        {
            return Loaded<AnswerSheet>.Failed(r.Problems);
        }

        var warnings = new List<string>();
        var (reference, fingerprints) = ReadInstrument(r, top, instrument, warnings);
        var respondent = ReadRespondent(r, top);
        var context = ReadContext(r, top, instrument);
        var items = ReadRatings(r, top, "items", instrument.AllItems.Select(i => i.Id).ToHashSet(), "item");
        var dysfunctions = ReadRatings(r, top, "dysfunctions", instrument.Checklist.Dysfunctions.Select(d => d.Id).ToHashSet(), "dysfunction");
        var reflections = ReadReflections(r, top, instrument);
        var step = r.Number(top, "step", "", 0, 1000, required: false);
        var started = Timestamp(r, top, "started");
        var updated = Timestamp(r, top, "updated");

        if (r.Problems.Count > 0)
        {
            return Loaded<AnswerSheet>.Failed(r.Problems);
        }

        var sheet = new AnswerSheet(reference, fingerprints, respondent, context, items, reflections, dysfunctions, (int)(step ?? 0), started, updated);
        return Loaded<AnswerSheet>.Ok(sheet, warnings);
    }

    /// <summary>
    /// Checks that a sheet can be scored and reported: the required context questions (the measure's
    /// name above all) are answered.
    /// </summary>
    /// <param name="sheet">The answers.</param>
    /// <param name="instrument">Their instrument.</param>
    /// <param name="source">The file name for messages.</param>
    public static IReadOnlyList<InputProblem> ReadyToScore(AnswerSheet sheet, Instrument instrument, string source)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Context
            .Where(q => q.Required && sheet.ContextText(q.Id) is null)
            .Select(q => new InputProblem(source, 0, $"context.{q.Id}", $"is missing; it is required ({q.Prompt})"))
            .ToList();
    }

    private static (InstrumentRef?, ImmutableSortedDictionary<string, string>) ReadInstrument(
        NodeReader r, SourceMap top, Instrument instrument, List<string> warnings)
    {
        var empty = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        if (top.Get("instrument") is null)
        {
            warnings.Add($"{r.Source} does not say which instrument version it was answered on; assuming {instrument.Id} {instrument.Version}.");
            return (null, empty);
        }

        var map = r.Map(top.Get("instrument"), "instrument", top.Line);
        if (map is null)
        {
            return (null, empty);
        }

        r.OnlyKeys(map, "instrument", "id", "version", "hash", "items");
        var id = r.Text(map, "id", "instrument");
        var version = r.Text(map, "version", "instrument");
        var hash = r.Text(map, "hash", "instrument", required: false) ?? "";
        var fingerprints = empty;
        if (map.Get("items") is SourceMap items)
        {
            fingerprints = items.Entries
                .Where(e => e.Value is SourceScalar { Value: not null })
                .ToImmutableSortedDictionary(e => e.Key, e => ((SourceScalar)e.Value).Value!, StringComparer.Ordinal);
        }

        if (id is null || version is null)
        {
            return (null, fingerprints);
        }

        if (id != instrument.Id)
        {
            r.Problem(map.Get("id")!.Line, "instrument.id", $"these answers belong to instrument '{id}', not '{instrument.Id}'; pass the right one with --instrument FILE");
            return (null, fingerprints);
        }

        if (version != instrument.Version || (hash.Length > 0 && hash != instrument.ContentHash))
        {
            var was = $"{id} {version}{(hash.Length > 0 ? $" ({hash[..Math.Min(hash.Length, 19)]})" : "")}";
            var now = $"{instrument.Id} {instrument.Version} ({instrument.ContentHash[..19]})";
            if (fingerprints.Count == 0)
            {
                warnings.Add($"{r.Source} was answered on {was}; this is {now}. The file holds no item fingerprints, so the changed items cannot be named.");
            }
            else
            {
                var changed = ItemFingerprint.Changed(fingerprints, instrument);
                warnings.Add(changed.Count == 0
                    ? $"{r.Source} was answered on {was}; this is {now}. No rated item changed its wording."
                    : $"{r.Source} was answered on {was}; this is {now}. Items whose wording changed, or that were added or removed: {string.Join(", ", changed)}.");
            }
        }

        return (new InstrumentRef(id, version, hash), fingerprints);
    }

    private static Respondent ReadRespondent(NodeReader r, SourceMap top)
    {
        if (top.Get("respondent") is null)
        {
            return Respondent.Anonymous;
        }

        var map = r.Map(top.Get("respondent"), "respondent", top.Line);
        if (map is null)
        {
            return Respondent.Anonymous;
        }

        r.OnlyKeys(map, "respondent", "name", "role");
        var name = r.Text(map, "name", "respondent", required: false);
        var role = r.Text(map, "role", "respondent", required: false)?.Trim().ToLowerInvariant();
        return new Respondent(string.IsNullOrWhiteSpace(name) ? null : name, string.IsNullOrWhiteSpace(role) ? null : role);
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> ReadContext(NodeReader r, SourceMap top, Instrument instrument)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>();
        if (top.Get("context") is null || r.Map(top.Get("context"), "context", top.Line) is not { } map)
        {
            return result.ToImmutable();
        }

        r.OnlyKeys(map, "context", instrument.Context.Select(q => q.Id).ToArray());
        foreach (var entry in map.Entries)
        {
            var question = instrument.Context.FirstOrDefault(q => q.Id == entry.Key);
            if (question is null)
            {
                continue;
            }

            var field = $"context.{entry.Key}";
            var values = entry.Value switch
            {
                SourceScalar { Value: null } => [],
                SourceScalar s => [s.Value],
                SourceList l => l.Items.OfType<SourceScalar>().Where(s => s.Value is not null).Select(s => s.Value!).ToList(),
                _ => (List<string>?)null,
            };
            if (values is null)
            {
                r.Problem(entry.Line, field, "expected text or a list of option ids");
                continue;
            }

            if (question.Kind is ContextKind.Choice or ContextKind.MultiChoice)
            {
                var allowed = question.Options.Select(o => o.Id).ToList();
                foreach (var bad in values.Where(v => !allowed.Contains(v)))
                {
                    r.Problem(entry.Line, field, $"'{bad}' is not an option; expected {(question.Kind == ContextKind.Choice ? "one" : "any")} of: {string.Join(", ", allowed)}");
                }

                if (question.Kind == ContextKind.Choice && values.Count > 1)
                {
                    r.Problem(entry.Line, field, "takes one option, not a list");
                }
            }
            else if (entry.Value is SourceList)
            {
                r.Problem(entry.Line, field, "expected text, not a list");
            }

            if (values.Count > 0)
            {
                result[entry.Key] = [.. values.Distinct()];
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, ItemAnswer> ReadRatings(NodeReader r, SourceMap top, string key, IReadOnlySet<string> known, string what)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ItemAnswer>();
        if (top.Get(key) is null || r.Map(top.Get(key), key, top.Line) is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var entry in map.Entries)
        {
            var field = $"{key}.{entry.Key}";
            if (!known.Contains(entry.Key))
            {
                var near = known.Where(k => k.StartsWith(entry.Key.Split('.')[0], StringComparison.Ordinal)).Take(6).ToList();
                r.Problem(entry.Line, field, $"'{entry.Key}' is not a known {what} id" + (near.Count > 0 ? $"; known ids include: {string.Join(", ", near)}" : ""));
                continue;
            }

            switch (entry.Value)
            {
                case SourceScalar { Value: null }:
                    break;
                case SourceScalar { Value: ItemAnswer.NotSureText }:
                    result[entry.Key] = ItemAnswer.NotSure;
                    break;
                case SourceScalar s when int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 4:
                    result[entry.Key] = ItemAnswer.Rated(v);
                    break;
                case SourceScalar s:
                    r.Problem(s.Line, field, $"'{s.Value}' is not an answer; expected a whole number 0 to 4 (4 the riskiest), \"{ItemAnswer.NotSureText}\", or null for unanswered");
                    break;
                default:
                    r.Problem(entry.Value.Line, field, $"expected a whole number 0 to 4, \"{ItemAnswer.NotSureText}\" or null");
                    break;
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, string> ReadReflections(NodeReader r, SourceMap top, Instrument instrument)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>();
        if (top.Get("reflections") is null || r.Map(top.Get("reflections"), "reflections", top.Line) is not { } map)
        {
            return result.ToImmutable();
        }

        r.OnlyKeys(map, "reflections", instrument.Dimensions.Select(d => d.Id).ToArray());
        foreach (var entry in map.Entries.Where(e => instrument.FindDimension(e.Key) is not null))
        {
            if (r.Text(map, entry.Key, "reflections", required: false) is { } text && text.Trim().Length > 0)
            {
                result[entry.Key] = text;
            }
        }

        return result.ToImmutable();
    }

    private static DateTimeOffset? Timestamp(NodeReader r, SourceMap top, string key)
    {
        var text = r.Text(top, key, "", required: false);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        r.Problem(top.Get(key)!.Line, key, $"'{text}' is not a date and time; expected ISO 8601, e.g. 2026-11-23T09:30:00Z");
        return null;
    }
}
