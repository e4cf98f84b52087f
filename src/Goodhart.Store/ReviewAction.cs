namespace Goodhart.Store;

/// <summary>An action agreed at a review: what, who, by when, and whether it is done.</summary>
public sealed class ReviewAction
{
    /// <summary>The action's identity, made by the application.</summary>
    public Guid Id { get; set; }

    /// <summary>The meeting that agreed it.</summary>
    public Guid MeetingId { get; set; }

    /// <summary>The measure it is about, or <c>null</c>; cleared if that measure is deleted.</summary>
    public Guid? MeasureId { get; set; }

    /// <summary>What is to be done.</summary>
    public string Text { get; set; } = "";

    /// <summary>Who does it.</summary>
    public string Owner { get; set; } = "";

    /// <summary>By when.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>When it was marked done, or <c>null</c> while open.</summary>
    public DateOnly? DoneOn { get; set; }

    /// <summary>Whether it is done.</summary>
    public bool Done => DoneOn is not null;
}
