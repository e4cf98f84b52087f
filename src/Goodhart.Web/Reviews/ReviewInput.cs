namespace Goodhart.Web.Reviews;

/// <summary>A review meeting as typed into the form (or sent to the API): text, so whatever was typed comes back to be fixed.</summary>
public sealed class ReviewInput
{
    /// <summary>The team that met.</summary>
    public string? Team { get; set; }

    /// <summary>When it met, as yyyy-mm-dd.</summary>
    public string? HeldOn { get; set; }

    /// <summary>Who came.</summary>
    public string? Attendees { get; set; }

    /// <summary>What was said.</summary>
    public string? Notes { get; set; }

    /// <summary>The ids of the measures discussed.</summary>
    public List<string> MeasureIds { get; set; } = [];

    /// <summary>What was decided about each signal on the agenda.</summary>
    public List<DispositionInput> Dispositions { get; set; } = [];

    /// <summary>The actions agreed (rows left empty are ignored).</summary>
    public List<ActionInput> Actions { get; set; } = [];
}

/// <summary>What a review decided about one signal, as typed.</summary>
public sealed class DispositionInput
{
    /// <summary>The choice the API sends when a disposition leaves it out: a form always sends one.</summary>
    internal const string MissingChoice = "\u0000missing";

    /// <summary>The measure whose chart shows the signal.</summary>
    public string? MeasureId { get; set; }

    /// <summary>The period the signal began, yyyy-mm-dd.</summary>
    public string? SignalFirst { get; set; }

    /// <summary>Empty when not discussed; otherwise Noise, Investigating or Real.</summary>
    public string? Choice { get; set; }

    /// <summary>Why.</summary>
    public string? Note { get; set; }

    /// <summary>The action to follow it up: what (required for a real signal).</summary>
    public string? ActionText { get; set; }

    /// <summary>The action's owner.</summary>
    public string? ActionOwner { get; set; }

    /// <summary>The action's due date, yyyy-mm-dd.</summary>
    public string? ActionDueOn { get; set; }
}

/// <summary>An action agreed at a review, as typed.</summary>
public sealed class ActionInput
{
    /// <summary>What is to be done.</summary>
    public string? Text { get; set; }

    /// <summary>Who does it.</summary>
    public string? Owner { get; set; }

    /// <summary>By when, yyyy-mm-dd.</summary>
    public string? DueOn { get; set; }

    /// <summary>The measure it is about, or empty.</summary>
    public string? MeasureId { get; set; }
}
