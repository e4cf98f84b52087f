using System.Globalization;
using System.Text.Json;

namespace Goodhart.Cli.Stat;

/// <summary>
/// A statistic's output: named values, then tables of rows. JSON writes one object (snake_case keys, non-finite
/// numbers as null); text writes <c>key: value</c> lines and each table as aligned columns. Each report ends with
/// what the numbers mean in plain words (<c>reading</c> in JSON).
/// </summary>
internal sealed class StatReport
{
    private readonly List<(string Key, object? Value)> _fields = [];
    private readonly List<(string Name, string[] Columns, List<object?[]> Rows)> _tables = [];
    private string? _reading;

    public StatReport Add(string key, object? value)
    {
        _fields.Add((key, value));
        return this;
    }

    public StatReport Reading(string sentence)
    {
        _reading = sentence;
        return this;
    }

    public StatReport Table(string name, string[] columns, IEnumerable<object?[]> rows)
    {
        _tables.Add((name, columns, rows.ToList()));
        return this;
    }

    public void Write(TextWriter output, bool json)
    {
        if (json)
        {
            WriteJson(output);
        }
        else
        {
            WriteText(output);
        }
    }

    private void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in _fields)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            if (_reading is not null)
            {
                writer.WriteString("reading", _reading);
            }

            foreach (var (name, columns, rows) in _tables)
            {
                writer.WriteStartArray(name);
                foreach (var row in rows)
                {
                    writer.WriteStartObject();
                    for (var i = 0; i < columns.Length; i++)
                    {
                        writer.WritePropertyName(columns[i]);
                        WriteValue(writer, row[i]);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case double d when !double.IsFinite(d):
                writer.WriteNullValue();
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private void WriteText(TextWriter output)
    {
        var width = _fields.Count == 0 ? 0 : _fields.Max(f => f.Key.Length);
        foreach (var (key, value) in _fields)
        {
            output.WriteLine($"{(key + ":").PadRight(width + 1)} {Text(value)}");
        }

        if (_reading is not null)
        {
            output.WriteLine();
            output.WriteLine("In plain words: " + _reading);
        }

        foreach (var (name, columns, rows) in _tables)
        {
            output.WriteLine();
            output.WriteLine($"{name}:");
            var cells = rows.Select(r => r.Select(Text).ToArray()).ToList();
            var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
            output.WriteLine("  " + string.Join("  ", columns.Select((c, i) => c.PadLeft(widths[i]))).TrimEnd());
            foreach (var row in cells)
            {
                output.WriteLine("  " + string.Join("  ", row.Select((c, i) => c.PadLeft(widths[i]))).TrimEnd());
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "-",
        double d when double.IsNaN(d) => "NA",
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
