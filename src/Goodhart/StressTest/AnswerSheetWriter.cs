using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Goodhart.StressTest;

/// <summary>Writes answer files as JSON, the shape <see cref="AnswerSheetReader"/> reads.</summary>
public static class AnswerSheetWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Answer files are read by people; keep their words legible rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The sheet as JSON text (2-space indent, LF line ends, trailing newline).</summary>
    /// <param name="sheet">The answers.</param>
    /// <param name="instrument">Their instrument, which fixes the order of the keys.</param>
    public static string ToJson(AnswerSheet sheet, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(instrument);
        return Write(w => WriteSheet(w, sheet, instrument, template: false));
    }

    /// <summary>
    /// A blank answers file for the instrument: every item id with <c>null</c>, and a <c>choices</c>
    /// section listing the allowed values of every field, ordered from least to most risky.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="measure">The measure name to fill in, or <c>null</c>.</param>
    /// <param name="respondent">The respondent to fill in, or <c>null</c>.</param>
    public static string Template(Instrument instrument, string? measure, Respondent? respondent = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var sheet = AnswerSheet.Blank(instrument, respondent);
        if (measure is not null)
        {
            sheet = sheet with { Context = sheet.Context.SetItem("measure", [measure]) };
        }

        return Write(w => WriteSheet(w, sheet, instrument, template: true));
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteSheet(Utf8JsonWriter w, AnswerSheet sheet, Instrument instrument, bool template)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", AnswerSheetReader.SchemaVersion);

        var reference = sheet.Instrument ?? instrument.Ref;
        w.WriteStartObject("instrument");
        w.WriteString("id", reference.Id);
        w.WriteString("version", reference.Version);
        w.WriteString("hash", reference.Hash);
        w.WriteStartObject("items");
        foreach (var (id, fingerprint) in sheet.ItemFingerprints)
        {
            w.WriteString(id, fingerprint);
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("respondent");
        WriteNullable(w, "name", sheet.Respondent.Name);
        WriteNullable(w, "role", sheet.Respondent.Role);
        w.WriteEndObject();

        w.WriteStartObject("context");
        foreach (var question in instrument.Context)
        {
            var values = sheet.ContextValues(question.Id);
            if (question.Kind == ContextKind.MultiChoice)
            {
                w.WriteStartArray(question.Id);
                foreach (var value in values)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
            }
            else
            {
                WriteNullable(w, question.Id, values.IsDefaultOrEmpty ? null : values[0]);
            }
        }

        w.WriteEndObject();

        WriteRatings(w, "items", instrument.AllItems.Select(i => i.Id), sheet.Items);

        w.WriteStartObject("reflections");
        foreach (var dimension in instrument.Dimensions)
        {
            WriteNullable(w, dimension.Id, sheet.Reflections.GetValueOrDefault(dimension.Id));
        }

        w.WriteEndObject();

        WriteRatings(w, "dysfunctions", instrument.Checklist.Dysfunctions.Select(d => d.Id), sheet.Dysfunctions);

        if (template)
        {
            WriteChoices(w, instrument);
        }
        else
        {
            w.WriteNumber("step", sheet.Step);
            WriteNullable(w, "started", sheet.Started?.ToString("O", CultureInfo.InvariantCulture));
            WriteNullable(w, "updated", sheet.Updated?.ToString("O", CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
    }

    private static void WriteRatings(Utf8JsonWriter w, string name, IEnumerable<string> ids, IReadOnlyDictionary<string, ItemAnswer> answers)
    {
        w.WriteStartObject(name);
        foreach (var id in ids)
        {
            if (!answers.TryGetValue(id, out var answer))
            {
                w.WriteNull(id);
            }
            else if (answer.Rating is { } rating)
            {
                w.WriteNumber(id, rating);
            }
            else
            {
                w.WriteString(id, ItemAnswer.NotSureText);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteChoices(Utf8JsonWriter w, Instrument instrument)
    {
        w.WriteStartObject("choices");
        w.WriteString("about", "Allowed values for each field above, from least to most risky. This section is ignored when the file is read; you may delete it.");
        w.WriteStartObject("context");
        foreach (var question in instrument.Context)
        {
            var allowed = question.Kind switch
            {
                ContextKind.Choice => "one of: " + string.Join(", ", question.Options.Select(o => $"{o.Id} ({o.Label})")),
                ContextKind.MultiChoice => "a list of any of: " + string.Join(", ", question.Options.Select(o => $"{o.Id} ({o.Label})")),
                _ => question.Required ? "text (required)" : "text",
            };
            w.WriteString(question.Id, $"{question.Prompt} — {allowed}");
        }

        w.WriteEndObject();
        w.WriteStartObject("items");
        foreach (var item in instrument.AllItems)
        {
            w.WriteStartArray(item.Id);
            w.WriteStringValue(item.Text);
            for (var i = 0; i < item.Anchors.Count; i++)
            {
                w.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{i}: {item.Anchors[i]}"));
            }

            w.WriteStringValue($"{ItemAnswer.NotSureText}: I don't know");
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartObject("dysfunctions");
        foreach (var dysfunction in instrument.Checklist.Dysfunctions)
        {
            w.WriteStartArray(dysfunction.Id);
            w.WriteStringValue(dysfunction.Question);
            for (var i = 0; i < instrument.Checklist.Anchors.Count; i++)
            {
                w.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{i}: {instrument.Checklist.Anchors[i]}"));
            }

            w.WriteStringValue($"{ItemAnswer.NotSureText}: I don't know");
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteString("reflections", "free text per dimension id, or null");
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
