using System.Globalization;

namespace Goodhart.Input;

/// <summary>
/// Reads typed values out of <see cref="SourceNode"/>s and records a located problem for everything
/// missing, mistyped or unknown instead of stopping at the first.
/// </summary>
internal sealed class NodeReader(string source)
{
    private readonly List<InputProblem> _problems = [];

    public string Source => source;

    public IReadOnlyList<InputProblem> Problems => _problems;

    public void Problem(int line, string field, string message) => _problems.Add(new InputProblem(source, line, field, message));

    public SourceMap? Map(SourceNode? node, string field, int lineIfMissing)
    {
        switch (node)
        {
            case SourceMap map:
                return map;
            case null:
                Problem(lineIfMissing, field, "is missing; expected a mapping of keys to values");
                return null;
            default:
                Problem(node.Line, field, "expected a mapping of keys to values");
                return null;
        }
    }

    public SourceList? List(SourceMap map, string key, string path, bool required = true)
    {
        var node = map.Get(key);
        switch (node)
        {
            case SourceList list:
                return list;
            case null when !required:
            case SourceScalar { Value: null } when !required:
                return null;
            case null:
                Problem(map.Line, Join(path, key), "is missing; expected a list");
                return null;
            default:
                Problem(node.Line, Join(path, key), "expected a list");
                return null;
        }
    }

    public string? Text(SourceMap map, string key, string path, bool required = true)
    {
        var node = map.Get(key);
        switch (node)
        {
            case SourceScalar { Value: not null } scalar:
                if (required && scalar.Value.Trim().Length == 0)
                {
                    Problem(scalar.Line, Join(path, key), "is empty; expected text");
                    return null;
                }

                return scalar.Value;
            case null or SourceScalar { Value: null }:
                if (required)
                {
                    Problem(node?.Line ?? map.Line, Join(path, key), "is missing; expected text");
                }

                return null;
            default:
                Problem(node.Line, Join(path, key), "expected text, found a list or mapping");
                return null;
        }
    }

    public IReadOnlyList<string> TextList(SourceMap map, string key, string path, bool required = true)
    {
        var list = List(map, key, path, required);
        if (list is null)
        {
            return [];
        }

        var result = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is SourceScalar { Value: not null } s)
            {
                result.Add(s.Value);
            }
            else
            {
                Problem(list.Items[i].Line, $"{Join(path, key)}[{i}]", "expected text");
            }
        }

        return result;
    }

    public double? Number(SourceMap map, string key, string path, double min, double max, bool required = true)
    {
        var node = map.Get(key);
        if (node is null or SourceScalar { Value: null })
        {
            if (required)
            {
                Problem(node?.Line ?? map.Line, Join(path, key), $"is missing; expected a number from {Format(min)} to {Format(max)}");
            }

            return null;
        }

        if (node is SourceScalar scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            if (value < min || value > max)
            {
                Problem(scalar.Line, Join(path, key), $"{scalar.Value} is out of range; expected a number from {Format(min)} to {Format(max)}");
                return null;
            }

            return value;
        }

        Problem(node.Line, Join(path, key), $"expected a number from {Format(min)} to {Format(max)}");
        return null;
    }

    public bool? Flag(SourceMap map, string key, string path)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is SourceScalar { Value: "true" or "True" or "false" or "False" } s)
        {
            return s.Value is "true" or "True";
        }

        Problem(node.Line, Join(path, key), "expected true or false");
        return null;
    }

    public void OnlyKeys(SourceMap map, string path, params string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!seen.Add(entry.Key))
            {
                Problem(entry.Line, Join(path, entry.Key), "appears twice");
            }
            else if (!allowed.Contains(entry.Key, StringComparer.Ordinal))
            {
                Problem(entry.Line, Join(path, entry.Key), $"is not a known field; expected one of: {string.Join(", ", allowed)}");
            }
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
