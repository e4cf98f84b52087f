using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Goodhart.Input;

/// <summary>Parses YAML or JSON text into <see cref="SourceNode"/>s that keep their line numbers.</summary>
internal static class SourceParser
{
    /// <summary>Parses by file extension: <c>.json</c> as JSON, anything else as YAML.</summary>
    public static (SourceNode? Root, InputProblem? Problem) Parse(string text, string source) =>
        source.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text, source) : ParseYaml(text, source);

    public static (SourceNode? Root, InputProblem? Problem) ParseYaml(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            return (null, new InputProblem(source, (int)e.Start.Line, "", $"not valid YAML: {message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections instead of a YamlException.
            return (null, new InputProblem(source, LastGoodLine(text), "", "not valid YAML: an unclosed bracket, brace or quote starts at or after this line"));
        }

        if (stream.Documents.Count == 0)
        {
            return (null, new InputProblem(source, 0, "", "the file is empty"));
        }

        return (Convert(stream.Documents[0].RootNode), null);
    }

    private static int LastGoodLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The last event that parsed marks where the trouble starts.
        }

        return line;
    }

    private static SourceNode Convert(YamlNode node)
    {
        var line = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode map:
                return new SourceMap(line, map.Children
                    .Select(kv => new SourceEntry(((kv.Key as YamlScalarNode)?.Value) ?? "", (int)kv.Key.Start.Line, Convert(kv.Value)))
                    .ToList());
            case YamlSequenceNode seq:
                return new SourceList(line, seq.Children.Select(Convert).ToList());
            case YamlScalarNode scalar:
                var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
                var isNull = !quoted && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");
                return new SourceScalar(line, isNull ? null : scalar.Value, quoted);
            default:
                return new SourceScalar(line, null, false);
        }
    }

    public static (SourceNode? Root, InputProblem? Problem) ParseJson(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return (null, new InputProblem(source, 0, "", "the file is empty"));
            }

            var root = ReadJson(ref reader, lineStarts);
            return (root, null);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var message = e.Message.Split(" LineNumber", 2)[0].Trim();
            return (null, new InputProblem(source, line, "", $"not valid JSON: {message}"));
        }
    }

    private static SourceNode ReadJson(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<SourceEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    var keyLine = LineOf(lineStarts, reader.TokenStartIndex);
                    reader.Read();
                    entries.Add(new SourceEntry(key, keyLine, ReadJson(ref reader, lineStarts)));
                }

                return new SourceMap(line, entries);
            case JsonTokenType.StartArray:
                var items = new List<SourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadJson(ref reader, lineStarts));
                }

                return new SourceList(line, items);
            case JsonTokenType.String:
                return new SourceScalar(line, reader.GetString(), true);
            case JsonTokenType.Null:
                return new SourceScalar(line, null, false);
            default:
                return new SourceScalar(line, Encoding.UTF8.GetString(reader.ValueSpan), false);
        }
    }

    private static List<long> LineStarts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
