using System.Buffers;
using System.Text;
using System.Text.Json;
using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// Charted series as JSON for other tools: <c>{ "schemaVersion": 1, "tool": "goodhart spc", "series": [ … ] }</c>,
/// each series with its options, verdicts, false-alarm figure, phases, warnings and points. Missing numbers are
/// <c>null</c>; ids are those of <see cref="SpcTexts"/> and <see cref="SpcRuleIds"/>. A point's <c>x</c> is a
/// number for number periods and a string (<c>yyyy-MM-dd</c> or the label) otherwise. The shape is versioned by
/// <see cref="SchemaVersion"/>; fields are only ever added within a version.
/// </summary>
public static class SpcJson
{
    /// <summary>The version of the JSON shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The value of the <c>tool</c> field.</summary>
    public const string Tool = "goodhart spc";

    /// <summary>Writes the series as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="results">The charted series, in order.</param>
    public static void Write(Stream stream, IReadOnlyList<SpcResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var w = new Utf8JsonWriter(stream, ReportJson.Options);
        WriteDocument(w, results);
    }

    /// <summary>The series as JSON text, ending with a line break.</summary>
    /// <param name="results">The charted series, in order.</param>
    public static string Write(IReadOnlyList<SpcResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, ReportJson.Options))
        {
            WriteDocument(w, results);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter w, IReadOnlyList<SpcResult> results)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("tool", Tool);
        w.WriteStartArray("series");
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            WriteSeries(w, result);

            // Hand each series on as it is done, so a large document never sits whole in the writer's buffer.
            w.Flush();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter w, SpcResult result)
    {
        var options = result.Options;
        w.WriteStartObject();
        w.WriteString("name", result.Name);
        w.WriteString("chart", SpcTexts.ChartId(result.Chart));
        w.WriteStartArray("rules");
        foreach (var (_, id, _) in SpcTexts.RuleLegend(options.EffectiveRules))
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteString("direction", SpcTexts.DirectionId(options.Direction));
        ReportJson.Number(w, "target", options.Target);
        w.WriteNumber("n", result.ValueCount);
        NullableString(w, "variation", SpcTexts.VariationId(result.Variation));
        NullableString(w, "assurance", SpcTexts.AssuranceId(result.Assurance));
        if (result.FalseAlarm is { } alarm)
        {
            w.WriteStartObject("falseAlarm");
            ReportJson.Number(w, "probability", alarm.Probability);
            ReportJson.Number(w, "standardError", alarm.StandardError);
            w.WriteNumber("replicates", alarm.Replicates);
            w.WriteNumber("seed", alarm.Seed);
            w.WriteString("sentence", alarm.Sentence);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("falseAlarm");
        }

        WritePhases(w, result.Phases);
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            ReportJson.WriteMessage(w, warning);
        }

        w.WriteEndArray();
        WritePoints(w, result.Points);
        w.WriteEndObject();
    }

    private static void WritePhases(Utf8JsonWriter w, IReadOnlyList<SpcPhase> phases)
    {
        w.WriteStartArray("phases");
        foreach (var phase in phases)
        {
            w.WriteStartObject();
            w.WriteNumber("index", phase.Index);
            w.WriteNumber("start", phase.Start);
            w.WriteNumber("end", phase.End);
            w.WriteNumber("values", phase.Values);
            w.WriteNumber("baselineValues", phase.BaselineValues);
            ReportJson.Number(w, "centre", phase.Centre);
            ReportJson.Number(w, "sigma", phase.Sigma);
            ReportJson.Number(w, "meanMovingRange", phase.MeanMovingRange);
            w.WriteNumber("screenedMovingRanges", phase.ScreenedMovingRanges);
            w.WriteBoolean("trialLimits", phase.TrialLimits);
            w.WriteNumber("usefulPoints", phase.UsefulPoints);
            w.WriteNumber("longestRun", phase.LongestRun);
            w.WriteNumber("longestRunLimit", phase.LongestRunLimit);
            w.WriteNumber("crossings", phase.Crossings);
            w.WriteNumber("crossingsLimit", phase.CrossingsLimit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePoints(Utf8JsonWriter w, IReadOnlyList<SpcPoint> points)
    {
        w.WriteStartArray("points");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            w.WriteStartObject();
            if (p.Key.IsNumber)
            {
                w.WriteNumber(Names.X, p.Key.Number!.Value);
            }
            else
            {
                w.WriteString(Names.X, p.Key.ToString());
            }

            ReportJson.Number(w, Names.Value, p.Value);
            ReportJson.Number(w, Names.Cl, p.Centre);
            ReportJson.Number(w, Names.Lcl, p.Lower);
            ReportJson.Number(w, Names.Ucl, p.Upper);
            ReportJson.Number(w, Names.Lcl2, p.Lower2);
            ReportJson.Number(w, Names.Ucl2, p.Upper2);
            w.WriteBoolean(Names.Signal, p.IsSignal);
            w.WriteStartArray(Names.Rules);
            foreach (var id in SpcRuleIds.Of(p.Rules))
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            if (p.Signal == SignalKind.None)
            {
                w.WriteNull(Names.Kind);
            }
            else
            {
                w.WriteString(Names.Kind, Names.KindOf(p.Signal));
            }
            w.WriteNumber(Names.Phase, p.Phase);
            ReportJson.Number(w, Names.Numerator, p.Numerator);
            ReportJson.Number(w, Names.Denominator, p.Denominator);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length == 0)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Point field names and kinds, encoded once: a large chart writes them a hundred thousand times.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText X = JsonEncodedText.Encode("x");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Cl = JsonEncodedText.Encode("cl");
        public static readonly JsonEncodedText Lcl = JsonEncodedText.Encode("lcl");
        public static readonly JsonEncodedText Ucl = JsonEncodedText.Encode("ucl");
        public static readonly JsonEncodedText Lcl2 = JsonEncodedText.Encode("lcl2");
        public static readonly JsonEncodedText Ucl2 = JsonEncodedText.Encode("ucl2");
        public static readonly JsonEncodedText Signal = JsonEncodedText.Encode("signal");
        public static readonly JsonEncodedText Rules = JsonEncodedText.Encode("rules");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Phase = JsonEncodedText.Encode("phase");
        public static readonly JsonEncodedText Numerator = JsonEncodedText.Encode("numerator");
        public static readonly JsonEncodedText Denominator = JsonEncodedText.Encode("denominator");
        private static readonly JsonEncodedText[] Kinds =
            Enum.GetValues<SignalKind>().Select(k => JsonEncodedText.Encode(SpcTexts.SignalKindId(k))).ToArray();

        public static JsonEncodedText KindOf(SignalKind kind) => Kinds[(int)kind];
    }
}
