using System.Text.Json;
using Goodhart.Reports.Scan;

namespace Goodhart.Web.Scans;

/// <summary>The findings of a finished scan, read from its stored JSON report (the same file as <c>report.json</c>).</summary>
/// <param name="Findings">The seven findings, in the scan's order.</param>
/// <param name="Counted">How many cases were counted.</param>
/// <param name="Excluded">How many were left out.</param>
/// <param name="Warnings">What to know about the data.</param>
/// <param name="Mapping">How the columns were read, label and value.</param>
public sealed record ScanFindings(IReadOnlyList<ScanFinding> Findings, long Counted, long Excluded, IReadOnlyList<string> Warnings, IReadOnlyList<KeyValuePair<string, string>> Mapping)
{
    /// <summary>Reads the JSON report.</summary>
    /// <param name="json">The report, as <see cref="ScanJson.Write"/> wrote it.</param>
    public static ScanFindings Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().Select(Finding).ToList();
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? "").ToList();
        var labels = new Dictionary<string, string>
        {
            ["start"] = "Start time column",
            ["end"] = "End (completion) time column",
            ["duration"] = "Duration column",
            ["threshold"] = "Target",
            ["period"] = "Reporting period",
            ["category"] = "Category column",
            ["exempt"] = "Exempt categories",
            ["priority"] = "Priority column",
            ["person"] = "Person column",
            ["repeatWindow"] = "Repeat window",
            ["arrival"] = "Arrival time column",
            ["timestampFormat"] = "Timestamp format",
        };
        var mapping = root.GetProperty("mapping").EnumerateObject()
            .Select(p => new KeyValuePair<string, string>(labels.GetValueOrDefault(p.Name, p.Name), p.Value.GetString() ?? "")).ToList();
        return new ScanFindings(findings, root.GetProperty("counted").GetInt64(), root.GetProperty("excluded").GetInt64(), warnings, mapping);
    }

    private static ScanFinding Finding(JsonElement f)
    {
        string? effect = null;
        string interval = "–", minimum = "–";
        if (f.GetProperty("effect") is { ValueKind: JsonValueKind.Object } e)
        {
            var unit = e.GetProperty("unit").GetString() ?? "";
            string Value(string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? ScanTexts.Value(n.GetDouble(), unit) : "–";
            effect = $"{e.GetProperty("name").GetString()}: {Value("value")}";
            interval = Value("low") == "–" ? "–" : $"{Value("low")} to {Value("high")}";
            minimum = Value("practicalMinimum");
        }

        double? adjusted = f.GetProperty("adjustedPValue") is { ValueKind: JsonValueKind.Number } p ? p.GetDouble() : null;
        return new ScanFinding(
            f.GetProperty("code").GetString() ?? "",
            f.GetProperty("title").GetString() ?? "",
            f.GetProperty("severity").GetString() ?? "",
            f.GetProperty("sentence").GetString() ?? "",
            effect,
            interval,
            minimum,
            ScanTexts.P(adjusted),
            [.. f.GetProperty("caveats").EnumerateArray().Select(c => c.GetString() ?? "")]);
    }
}
