using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Goodhart.Spc;

namespace Goodhart.Reports;

/// <summary>What every JSON output of ours shares: the writer settings and the shape of a warning.</summary>
internal static class ReportJson
{
    /// <summary>
    /// Indented, and non-Latin text kept legible while &lt;, &gt;, &amp; and quotes are still escaped, so the JSON
    /// is safe to embed.
    /// </summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes a warning as <c>{ code, index, message }</c>, with a <c>null</c> index when it concerns no point.</summary>
    public static void WriteMessage(Utf8JsonWriter w, SpcMessage message)
    {
        w.WriteStartObject();
        w.WriteString("code", message.Code);
        if (message.Index is { } index)
        {
            w.WriteNumber("index", index);
        }
        else
        {
            w.WriteNull("index");
        }

        w.WriteString("message", message.Message);
        w.WriteEndObject();
    }

    /// <summary>Writes a number, or <c>null</c> when it is missing or not finite: JSON has no NaN.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a number under a pre-encoded name, or <c>null</c> when it is missing or not finite.</summary>
    public static void Number(Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
