using System.Text;
using System.Text.Json;
using Goodhart.Findings;

namespace Goodhart.Reports.Scan;

/// <summary>
/// The gaming scan as JSON for other tools (schema version 1): <c>source</c>, <c>mapping</c>, <c>counted</c>,
/// <c>excluded</c>, <c>tests</c>, <c>warnings</c>, and a <c>findings</c> array in the scan's fixed order, each with
/// <c>code</c>, <c>title</c>, <c>severity</c>, <c>effect</c> {<c>name</c>, <c>value</c>, <c>unit</c>, <c>low</c>,
/// <c>high</c>, <c>practicalMinimum</c>} (or <c>null</c>), <c>pValue</c>, <c>adjustedPValue</c>, <c>canAlert</c>,
/// <c>sentence</c>, <c>evidence</c>[] and <c>caveats</c>[]. Numbers that are missing or not finite are <c>null</c>.
/// </summary>
public static class ScanJson
{
    /// <summary>The schema version written.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the report as JSON.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.Result;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("kind", "gaming-scan");
            w.WriteString("date", report.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("source", report.Source);
            w.WriteStartObject("mapping");
            foreach (var setting in report.Mapping)
            {
                w.WriteString(setting.Key, setting.Value);
            }

            w.WriteEndObject();
            w.WriteNumber("counted", result.Counted);
            w.WriteNumber("excluded", result.Excluded);
            w.WriteNumber("tests", result.Tests);
            w.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteStartObject("explanations");
            w.WriteString("severity", ScanTexts.SeverityRule);
            w.WriteString("effect", ScanTexts.EffectMeaning);
            w.WriteString("adjustedPValue", ScanTexts.AdjustedPMeaning);
            w.WriteEndObject();
            w.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                WriteFinding(w, finding);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding finding)
    {
        w.WriteStartObject();
        w.WriteString("code", finding.Code);
        w.WriteString("title", finding.Title);
        w.WriteString("severity", ScanTexts.SeverityId(finding.Severity));
        if (finding.Effect is { } effect)
        {
            w.WriteStartObject("effect");
            w.WriteString("name", effect.Name);
            ReportJson.Number(w, "value", effect.Value);
            w.WriteString("unit", effect.Unit);
            ReportJson.Number(w, "low", effect.Interval?.Lower);
            ReportJson.Number(w, "high", effect.Interval?.Upper);
            ReportJson.Number(w, "practicalMinimum", effect.PracticalMinimum);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("effect");
        }

        ReportJson.Number(w, "pValue", finding.PValue);
        ReportJson.Number(w, "adjustedPValue", finding.AdjustedPValue);
        w.WriteBoolean("canAlert", finding.CanAlert);
        w.WriteString("sentence", finding.Sentence);
        w.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("name", evidence.Name);
            ReportJson.Number(w, "value", evidence.Value);
            w.WriteString("unit", evidence.Unit);
            ReportJson.Number(w, "low", evidence.Interval?.Lower);
            ReportJson.Number(w, "high", evidence.Interval?.Upper);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("caveats");
        foreach (var caveat in finding.Caveats)
        {
            w.WriteStringValue(caveat);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
