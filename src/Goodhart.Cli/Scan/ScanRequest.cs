using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Data.Cases;
using Goodhart.Findings;
using Goodhart.Reports;
using Goodhart.Reports.Scan;

namespace Goodhart.Cli.Scan;

/// <summary>The options of <c>goodhart scan</c>, checked and turned into a mapping before any data is read.</summary>
internal sealed partial record ScanRequest(CaseMapping Mapping, IReadOnlyList<(string Path, ReportFormat Format)> Outputs, Severity? FailOn)
{
    public static DurationUnit ParseUnit(string text) => text.Trim().ToLowerInvariant() switch
    {
        "minutes" or "minute" or "min" or "m" => DurationUnit.Minutes,
        "seconds" or "second" or "s" => DurationUnit.Seconds,
        "hours" or "hour" or "h" => DurationUnit.Hours,
        "days" or "day" or "d" => DurationUnit.Days,
        _ => throw new InputException($"--unit: '{text}' is not a unit; use minutes, seconds, hours or days."),
    };

    public static long ParseThreshold(string text, DurationUnit unit)
    {
        var name = unit.ToString().ToLowerInvariant();
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InputException($"--threshold: '{text}' is not a number; give the target as a whole number of {name}, e.g. --threshold 240 for four hours in minutes.");
        }

        if (value < 1 || value != Math.Floor(value) || value > 1e12)
        {
            throw new InputException($"--threshold: {text} is not a target the scan can use; give a whole positive number of {name}, e.g. 240 (or change --unit).");
        }

        return (long)value;
    }

    public static ComplySide ParseComply(string text) => text.Trim().ToLowerInvariant() switch
    {
        "le" => ComplySide.AtOrBelow,
        "lt" => ComplySide.Below,
        _ => throw new InputException($"--comply: '{text}' is not accepted; use le (a case at the threshold meets the target) or lt (it must be under it)."),
    };

    public static CasePeriod ParsePeriod(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" => CasePeriod.Month,
        "week" => CasePeriod.Week,
        "quarter" => CasePeriod.Quarter,
        _ => throw new InputException($"--period: '{text}' is not a reporting period; use month, week or quarter."),
    };

    /// <summary>A window such as <c>7d</c>, <c>48h</c> or <c>30m</c>.</summary>
    public static TimeSpan ParseWindow(string text)
    {
        var match = WindowPattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            throw new InputException($"--repeat-window: '{text}' is not a window; write a positive number followed by d (days), h (hours) or m (minutes), e.g. 7d, 48h or 30m.");
        }

        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "d" => TimeSpan.FromDays(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
    }

    public static Severity? ParseFailOn(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "alert" => Severity.Alert,
        "watch" => Severity.Watch,
        _ => throw new InputException($"--fail-on: '{text}' is not a level; use alert (exit 1 on any alert) or watch (on any watch or alert)."),
    };

    public static (string Path, ReportFormat Format) ParseOutput(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => (path, ReportFormat.Html),
            ".pdf" => (path, ReportFormat.Pdf),
            ".json" => (path, ReportFormat.Json),
            ".md" or ".markdown" => (path, ReportFormat.Markdown),
            _ => throw new InputException($"--out: '{path}' does not name a report format; end the file name in .html, .pdf, .json or .md."),
        };
    }

    public static IReadOnlyList<string> ParseList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the scan reached the <c>--fail-on</c> level.</summary>
    public bool Fails(IReadOnlyList<Finding> findings) => FailOn switch
    {
        Severity.Alert => findings.Any(f => f.Severity == Severity.Alert),
        Severity.Watch => findings.Any(f => f.Severity is Severity.Alert or Severity.Watch),
        _ => false,
    };

    /// <summary>The mapping as the report shows it, only what was given.</summary>
    public IReadOnlyList<ScanSetting> Settings()
    {
        var m = Mapping;
        var settings = new List<ScanSetting>();
        void Add(string key, string label, string? value)
        {
            if (value is not null)
            {
                settings.Add(new ScanSetting(key, label, value));
            }
        }

        Add("start", "Start time column", m.Start);
        Add("end", "End (completion) time column", m.End);
        Add("duration", "Duration column", m.Duration);
        Add("threshold", "Target", string.Create(CultureInfo.InvariantCulture,
            $"{m.Threshold:0.###} {m.UnitName}; a case meets it when its duration is {(m.Comply == ComplySide.AtOrBelow ? "at or below" : "below")} the threshold"));
        Add("period", "Reporting period", m.Period.ToString().ToLowerInvariant());
        Add("category", "Category column", m.Category);
        Add("exempt", "Exempt categories", m.Exempt.Count > 0 ? string.Join(", ", m.Exempt) : null);
        Add("priority", "Priority column", m.Priority);
        Add("person", "Person column", m.Person);
        Add("repeatWindow", "Repeat window", m.Person is null ? null : Window(m.RepeatWindow));
        Add("arrival", "Arrival time column", m.Arrival);
        Add("timestampFormat", "Timestamp format", m.TimestampFormat);
        return settings;
    }

    private static string Window(TimeSpan window) => window.TotalDays == Math.Floor(window.TotalDays)
        ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalDays:0} days")
        : window.TotalHours == Math.Floor(window.TotalHours)
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0} hours")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0.##} minutes");

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([dhmDHM])$")]
    private static partial Regex WindowPattern();
}
