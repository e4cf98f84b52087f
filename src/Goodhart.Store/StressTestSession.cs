namespace Goodhart.Store;

/// <summary>
/// A stress test answered in the browser, complete or in progress. The answers are kept as the core's answers-file
/// JSON, so the web app stores exactly what the command line would write and reads it back with the same reader.
/// </summary>
public sealed class StressTestSession
{
    /// <summary>The session's identity, made by the application; it is also the resume link.</summary>
    public Guid Id { get; set; }

    /// <summary>The measure being stress-tested, as typed when the session started (kept for listing).</summary>
    public string MeasureName { get; set; } = "";

    /// <summary>The respondent's role, or <c>null</c>.</summary>
    public string? Role { get; set; }

    /// <summary>The team stress test the answers belong to, or <c>null</c> for a stress test answered alone.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>The registry's card of the measure, or <c>null</c> when the stress test is not tied to one.</summary>
    public Guid? MeasureId { get; set; }

    /// <summary>The answers so far, in the answers-file JSON format (schema version 1).</summary>
    public string AnswersJson { get; set; } = "";

    /// <summary>When the session was started.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>When an answer was last saved.</summary>
    public DateOnly UpdatedOn { get; set; }
}
