using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Data.Cases;
using Goodhart.Input;

namespace Goodhart.Data.Scan;

/// <summary>
/// A scan's options as a person typed them (on the command line or in a form), checked and turned into a
/// <see cref="CaseMapping"/>. Both faces use it, so an option is accepted or refused with the same words everywhere.
/// Each problem's <see cref="InputProblem.Field"/> is the option's key (<see cref="Keys"/>), e.g. <c>threshold</c>.
/// </summary>
public sealed partial record ScanMappingText
{
    /// <summary>The option keys, in the order problems are reported: the command-line names without their dashes.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["start", "end", "duration", "unit", "threshold", "comply", "period", "category", "exempt", "priority", "person", "repeat-window", "arrival", "timestamp-format"];

    /// <summary>The column with each case's start time.</summary>
    public string? Start { get; init; }

    /// <summary>The column with each case's end (completion) time.</summary>
    public string? End { get; init; }

    /// <summary>The column with a recorded duration, instead of the start.</summary>
    public string? Duration { get; init; }

    /// <summary>The unit of durations and of the threshold: minutes (default), seconds, hours or days.</summary>
    public string? Unit { get; init; }

    /// <summary>The target as a whole number of the unit, e.g. 240.</summary>
    public string? Threshold { get; init; }

    /// <summary><c>le</c> (default: a case at the threshold meets the target) or <c>lt</c>.</summary>
    public string? Comply { get; init; }

    /// <summary>The reporting period: month (default), week or quarter.</summary>
    public string? Period { get; init; }

    /// <summary>The column with each case's category.</summary>
    public string? Category { get; init; }

    /// <summary>The categories exempt from the target, separated by commas.</summary>
    public string? Exempt { get; init; }

    /// <summary>The column with each case's priority class.</summary>
    public string? Priority { get; init; }

    /// <summary>The column identifying the person.</summary>
    public string? Person { get; init; }

    /// <summary>How soon a new case for the same person counts as a repeat, e.g. 7d (default), 48h, 30m.</summary>
    public string? RepeatWindow { get; init; }

    /// <summary>The column with the time each case joined the queue.</summary>
    public string? Arrival { get; init; }

    /// <summary>How text times are written when not ISO 8601, in strftime codes.</summary>
    public string? TimestampFormat { get; init; }

    /// <summary>
    /// Checks every option and builds the mapping, or lists every problem, each with its option's key as the field.
    /// Empty text counts as not given. Column names are not checked against a file here (see <see cref="CaseSource.Column"/>).
    /// </summary>
    /// <param name="name">
    /// How the face names an option in a message that mentions another option, from its key: the command line
    /// answers <c>--start</c>, a form its field's label.
    /// </param>
    public Loaded<CaseMapping> ToMapping(Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problems = new List<InputProblem>();
        void Problem(string key, string message) => problems.Add(new InputProblem("", 0, key, message));

        var unit = ParseUnit(Given(Unit) ?? "minutes", out var unitProblem);
        if (unitProblem is not null)
        {
            Problem("unit", unitProblem);
        }

        long threshold = 0;
        if (Given(Threshold) is not { } thresholdText)
        {
            Problem("threshold", $"give the target as a whole number of {UnitName(unit)}, e.g. 240 for four hours in minutes.");
        }
        else if (ParseThreshold(thresholdText, unit, out var thresholdProblem) is { } parsed)
        {
            threshold = parsed;
        }
        else
        {
            Problem("threshold", thresholdProblem!);
        }

        var comply = ParseComply(Given(Comply) ?? "le", out var complyProblem);
        if (complyProblem is not null)
        {
            Problem("comply", complyProblem);
        }

        var period = ParsePeriod(Given(Period) ?? "month", out var periodProblem);
        if (periodProblem is not null)
        {
            Problem("period", periodProblem);
        }

        var window = ParseWindow(Given(RepeatWindow) ?? "7d", out var windowProblem);
        if (windowProblem is not null)
        {
            Problem("repeat-window", windowProblem);
        }

        var (start, end, duration, category) = (Given(Start), Given(End), Given(Duration), Given(Category));
        if (duration is null && (start is null || end is null))
        {
            Problem(start is null ? "start" : "end",
                $"give {name("start")} and {name("end")} (the columns with each case's start and end times), or {name("duration")} (a column of recorded durations).");
        }

        var exempt = ParseList(Exempt);
        if (exempt.Count > 0 && category is null)
        {
            Problem("exempt", $"{name("exempt")} names categories, so it needs {name("category")}, the column they are in.");
        }

        if (problems.Count > 0)
        {
            return Loaded<CaseMapping>.Failed([.. problems.OrderBy(p => Keys.ToList().IndexOf(p.Field))]);
        }

        return Loaded<CaseMapping>.Ok(new CaseMapping(threshold, unit)
        {
            Start = start,
            End = end,
            Duration = duration,
            Comply = comply,
            Period = period,
            Category = category,
            Exempt = exempt,
            Priority = Given(Priority),
            Person = Given(Person),
            RepeatWindow = window,
            Arrival = Given(Arrival),
            TimestampFormat = Given(TimestampFormat),
        });
    }

    /// <summary>
    /// The columns named, with each one's option key, for checking against a file (also when other options have
    /// problems, so every problem can be reported at once).
    /// </summary>
    public IReadOnlyList<(string Key, string Column)> Columns() =>
        new (string Key, string? Column)[]
        {
            ("start", Given(Start)), ("end", Given(End)), ("duration", Given(Duration)), ("category", Given(Category)),
            ("priority", Given(Priority)), ("person", Given(Person)), ("arrival", Given(Arrival)),
        }.Where(c => c.Column is not null).Select(c => (c.Key, c.Column!)).ToList();

    /// <summary>
    /// The mapping as a report shows it, only what was given: a stable key for tools (the JSON key), a label for
    /// people and the value.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    public static IReadOnlyList<(string Key, string Label, string Value)> Describe(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var m = mapping;
        var settings = new List<(string, string, string)>();
        void Add(string key, string label, string? value)
        {
            if (value is not null)
            {
                settings.Add((key, label, value));
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

    /// <summary>A unit's name (minutes, seconds, hours, days), or the problem.</summary>
    private static DurationUnit ParseUnit(string text, out string? problem)
    {
        problem = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "minutes" or "minute" or "min" or "m":
                return DurationUnit.Minutes;
            case "seconds" or "second" or "s":
                return DurationUnit.Seconds;
            case "hours" or "hour" or "h":
                return DurationUnit.Hours;
            case "days" or "day" or "d":
                return DurationUnit.Days;
            default:
                problem = $"'{text}' is not a unit; use minutes, seconds, hours or days.";
                return DurationUnit.Minutes;
        }
    }

    private static long? ParseThreshold(string text, DurationUnit unit, out string? problem)
    {
        problem = null;
        var name = UnitName(unit);
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problem = $"'{text}' is not a number; give the target as a whole number of {name}, e.g. 240 for four hours in minutes.";
            return null;
        }

        if (value < 1 || value != Math.Floor(value) || value > 1e12)
        {
            problem = $"{text} is not a target the scan can use; give a whole positive number of {name}, e.g. 240 (or change the unit).";
            return null;
        }

        return (long)value;
    }

    private static ComplySide ParseComply(string text, out string? problem)
    {
        problem = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "le":
                return ComplySide.AtOrBelow;
            case "lt":
                return ComplySide.Below;
            default:
                problem = $"'{text}' is not accepted; use le (a case at the threshold meets the target) or lt (it must be under it).";
                return ComplySide.AtOrBelow;
        }
    }

    private static CasePeriod ParsePeriod(string text, out string? problem)
    {
        problem = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "month":
                return CasePeriod.Month;
            case "week":
                return CasePeriod.Week;
            case "quarter":
                return CasePeriod.Quarter;
            default:
                problem = $"'{text}' is not a reporting period; use month, week or quarter.";
                return CasePeriod.Month;
        }
    }

    /// <summary>A window such as <c>7d</c>, <c>48h</c> or <c>30m</c>.</summary>
    private static TimeSpan ParseWindow(string text, out string? problem)
    {
        problem = null;
        var match = WindowPattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            problem = $"'{text}' is not a window; write a positive number followed by d (days), h (hours) or m (minutes), e.g. 7d, 48h or 30m.";
            return TimeSpan.FromDays(7);
        }

        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "d" => TimeSpan.FromDays(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
    }

    private static IReadOnlyList<string> ParseList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string UnitName(DurationUnit unit) => unit.ToString().ToLowerInvariant();

    private static string Window(TimeSpan window) => window.TotalDays == Math.Floor(window.TotalDays)
        ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalDays:0} days")
        : window.TotalHours == Math.Floor(window.TotalHours)
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0} hours")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0.##} minutes");

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([dhmDHM])$")]
    private static partial Regex WindowPattern();
}
