using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Goodhart.Input;

namespace Goodhart.StressTest;

/// <summary>
/// Reads a stress-test instrument from its YAML text and validates it, reporting every problem with
/// its line and field. The default instrument is embedded in this assembly.
/// </summary>
public static partial class InstrumentLoader
{
    /// <summary>The resource name of the embedded default instrument.</summary>
    private const string DefaultResource = "Goodhart.StressTest.Instruments.goodhart-stress-test.yaml";

    private static readonly Lazy<Instrument> Embedded = new(() =>
    {
        var loaded = Parse(DefaultYaml(), "goodhart-stress-test.yaml");
        return loaded.Value ?? throw new InvalidOperationException(
            "The embedded instrument is invalid: " + string.Join("; ", loaded.Problems));
    });

    /// <summary>The instrument that ships with Goodhart.</summary>
    public static Instrument Default => Embedded.Value;

    /// <summary>The YAML text of the instrument that ships with Goodhart.</summary>
    public static string DefaultYaml()
    {
        using var stream = typeof(InstrumentLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates an instrument.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="source">The file name to use in problem messages.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static Loaded<Instrument> Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);

        var (root, syntax) = SourceParser.ParseYaml(yaml, source);
        if (syntax is not null)
        {
            return Loaded<Instrument>.Failed([syntax]);
        }

        var r = new NodeReader(source);
        var top = r.Map(root, "(document)", 1);
        if (top is null)
        {
            return Loaded<Instrument>.Failed(r.Problems);
        }

        r.OnlyKeys(top, "", "id", "version", "title", "credit", "scoring", "context", "dimensions", "checklist", "countermeasures");
        var id = Id(r, top, "id", "");
        var version = r.Text(top, "version", "");
        var title = r.Text(top, "title", "");
        var credit = r.Text(top, "credit", "");
        var scoring = ReadScoring(r, top);
        var context = ReadContext(r, top);
        var dimensions = ReadDimensions(r, top);
        var checklist = ReadChecklist(r, top, dimensions);
        var countermeasures = ReadCountermeasures(r, top, context, dimensions, checklist);

        if (r.Problems.Count > 0 || id is null || version is null || title is null || credit is null
            || scoring is null || checklist is null)
        {
            return Loaded<Instrument>.Failed(r.Problems);
        }

        return Loaded<Instrument>.Ok(new Instrument(id, version, title, credit, HashOf(yaml), context, dimensions, checklist, countermeasures, scoring));
    }

    /// <summary>
    /// The content hash recorded in answer files and reports: SHA-256 of the text with line endings
    /// normalised, so the same file checked out on Windows and Linux hashes alike.
    /// </summary>
    /// <param name="text">The instrument's YAML text.</param>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static ScoringSettings? ReadScoring(NodeReader r, SourceMap top)
    {
        var map = r.Map(top.Get("scoring"), "scoring", top.Line);
        if (map is null)
        {
            return null;
        }

        r.OnlyKeys(map, "scoring", "bands", "overall-power", "dysfunction-amplify", "low-confidence", "watch-at-least", "likely-at-least", "driver-count", "ease-weight");
        var bandsMap = r.Map(map.Get("bands"), "scoring.bands", map.Line);
        var edges = new List<BandEdge>();
        if (bandsMap is not null)
        {
            r.OnlyKeys(bandsMap, "scoring.bands", "low", "moderate", "high", "severe");
            foreach (var band in Enum.GetValues<Band>())
            {
                var key = band.ToString().ToLowerInvariant();
                if (r.Number(bandsMap, key, "scoring.bands", 0, 100) is { } from)
                {
                    edges.Add(new BandEdge(band, from));
                }
            }

            if (edges.Count == 4 && (edges[0].From != 0 || !edges.Zip(edges.Skip(1)).All(p => p.First.From < p.Second.From)))
            {
                r.Problem(bandsMap.Line, "scoring.bands", "band edges must start at low: 0 and rise strictly: low < moderate < high < severe");
            }
        }

        var power = r.Number(map, "overall-power", "scoring", 1, 32);
        var amplify = r.Number(map, "dysfunction-amplify", "scoring", 0, 2);
        var lowConfidence = r.Number(map, "low-confidence", "scoring", 0, 1);
        var watch = Whole(r, map, "watch-at-least", "scoring", 0, 4);
        var likely = r.Number(map, "likely-at-least", "scoring", 0, 100);
        var drivers = Whole(r, map, "driver-count", "scoring", 1, 50);
        var easeWeight = r.Number(map, "ease-weight", "scoring", 0, 1);
        if (easeWeight is null || edges.Count < 4 || power is null || amplify is null || lowConfidence is null || watch is null || likely is null || drivers is null)
        {
            return null;
        }

        return new ScoringSettings(edges, power.Value, amplify.Value, lowConfidence.Value, watch.Value, likely.Value, drivers.Value, easeWeight.Value);
    }

    private static int? Whole(NodeReader r, SourceMap map, string key, string path, int min, int max)
    {
        var value = r.Number(map, key, path, min, max);
        if (value is { } v && v != Math.Floor(v))
        {
            r.Problem(map.Get(key)!.Line, NodeReader.Join(path, key), $"expected a whole number from {min} to {max}");
            return null;
        }

        return value is null ? null : (int)value.Value;
    }

    private static string? Id(NodeReader r, SourceMap map, string key, string path)
    {
        var id = r.Text(map, key, path);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            r.Problem(map.Get(key)!.Line, NodeReader.Join(path, key), $"'{id}' is not a valid id; use lower-case letters, digits, '-' and '.' (e.g. proxy-failure.goal-missed)");
            return null;
        }

        return id;
    }

    private static IEnumerable<(SourceMap Map, string Path)> Maps(NodeReader r, SourceList? list, string path)
    {
        if (list is null)
        {
            yield break;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (r.Map(list.Items[i], itemPath, list.Line) is { } map)
            {
                yield return (map, itemPath);
            }
        }
    }

    private static void Unique(NodeReader r, IEnumerable<(string Id, int Line, string Path)> ids, string what)
    {
        foreach (var group in ids.GroupBy(x => x.Id).Where(g => g.Count() > 1))
        {
            foreach (var dup in group.Skip(1))
            {
                r.Problem(dup.Line, dup.Path, $"{what} id '{group.Key}' is used more than once; ids must be unique");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPattern();
}
