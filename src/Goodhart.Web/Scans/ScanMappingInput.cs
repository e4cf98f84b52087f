using Goodhart.Data.Scan;

namespace Goodhart.Web.Scans;

/// <summary>
/// How a case file's columns map to the scan's options, as the form and the API send it: the same options as
/// <c>goodhart scan</c>, as text, checked by the same code (<see cref="ScanMappingText"/>).
/// </summary>
public sealed class ScanMappingInput
{
    /// <summary>The column with each case's start time (with <see cref="End"/>).</summary>
    public string? Start { get; set; }

    /// <summary>The column with each case's end (completion) time.</summary>
    public string? End { get; set; }

    /// <summary>The column with a recorded duration in <see cref="Unit"/>, instead of <see cref="Start"/>.</summary>
    public string? Duration { get; set; }

    /// <summary><c>minutes</c> (default), <c>seconds</c>, <c>hours</c> or <c>days</c>: the unit of durations and of the threshold.</summary>
    public string? Unit { get; set; }

    /// <summary>The target as a whole number of <see cref="Unit"/>, e.g. <c>240</c>.</summary>
    public string? Threshold { get; set; }

    /// <summary><c>le</c> (default: a case at the threshold meets the target) or <c>lt</c> (it must be under it).</summary>
    public string? Comply { get; set; }

    /// <summary>The reporting period: <c>month</c> (default), <c>week</c> or <c>quarter</c>.</summary>
    public string? Period { get; set; }

    /// <summary>The column with each case's category, for reclassification.</summary>
    public string? Category { get; set; }

    /// <summary>The categories exempt from the target, separated by commas (needs <see cref="Category"/>).</summary>
    public string? Exempt { get; set; }

    /// <summary>The column with each case's priority class (a lower value is more urgent), for cherry-picking.</summary>
    public string? Priority { get; set; }

    /// <summary>The column identifying the person, for rework.</summary>
    public string? Person { get; set; }

    /// <summary>How soon a new case for the same person counts as a repeat: <c>7d</c> (default), <c>48h</c>, <c>30m</c>.</summary>
    public string? RepeatWindow { get; set; }

    /// <summary>The column with the time each case joined the queue (default: the start time).</summary>
    public string? Arrival { get; set; }

    /// <summary>How text times are written when not ISO 8601, in strftime codes, e.g. <c>%d/%m/%Y %H:%M</c>.</summary>
    public string? TimestampFormat { get; set; }

    /// <summary>The form's labels, by option key: what a message calls another field.</summary>
    internal static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["start"] = "Start time",
        ["end"] = "End time",
        ["duration"] = "Duration",
        ["unit"] = "Unit",
        ["threshold"] = "Target",
        ["comply"] = "A case at the target",
        ["period"] = "Reporting period",
        ["category"] = "Category",
        ["exempt"] = "Exempt categories",
        ["priority"] = "Priority",
        ["person"] = "Person",
        ["repeat-window"] = "Repeat window",
        ["arrival"] = "Arrival time",
        ["timestamp-format"] = "Timestamp format",
    };

    /// <summary>The property of this class that holds an option, by the option's key (e.g. <c>repeat-window</c> → <c>RepeatWindow</c>).</summary>
    /// <param name="key">The option's key.</param>
    public static string PropertyOf(string key) =>
        string.Concat(key.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The options as the shared checker takes them.</summary>
    public ScanMappingText ToText() => new()
    {
        Start = Start,
        End = End,
        Duration = Duration,
        Unit = Unit,
        Threshold = Threshold,
        Comply = Comply,
        Period = Period,
        Category = Category,
        Exempt = Exempt,
        Priority = Priority,
        Person = Person,
        RepeatWindow = RepeatWindow,
        Arrival = Arrival,
        TimestampFormat = TimestampFormat,
    };

    /// <summary>The options back from what was stored.</summary>
    /// <param name="text">The stored options.</param>
    public static ScanMappingInput From(ScanMappingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ScanMappingInput
        {
            Start = text.Start,
            End = text.End,
            Duration = text.Duration,
            Unit = text.Unit,
            Threshold = text.Threshold,
            Comply = text.Comply,
            Period = text.Period,
            Category = text.Category,
            Exempt = text.Exempt,
            Priority = text.Priority,
            Person = text.Person,
            RepeatWindow = text.RepeatWindow,
            Arrival = text.Arrival,
            TimestampFormat = text.TimestampFormat,
        };
    }
}
