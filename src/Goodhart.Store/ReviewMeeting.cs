namespace Goodhart.Store;

/// <summary>A team's review meeting as logged: who came, which measures were discussed, what was decided.</summary>
public sealed class ReviewMeeting
{
    /// <summary>The meeting's identity, made by the application so both engines agree.</summary>
    public Guid Id { get; set; }

    /// <summary>The team that met, by name; a team's meetings share it (compared ignoring case).</summary>
    public string Team { get; set; } = "";

    /// <summary>When the meeting was held.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>Who came, as typed (names separated by commas).</summary>
    public string Attendees { get; set; } = "";

    /// <summary>What was said, or <c>null</c>.</summary>
    public string? Notes { get; set; }

    /// <summary>When the meeting was logged.</summary>
    public DateOnly RecordedOn { get; set; }

    /// <summary>The measures discussed.</summary>
    public List<ReviewedMeasure> Measures { get; set; } = [];

    /// <summary>What was decided about each signal discussed.</summary>
    public List<SignalDisposition> Dispositions { get; set; } = [];

    /// <summary>The actions agreed.</summary>
    public List<ReviewAction> Actions { get; set; } = [];
}
