namespace Goodhart.Store;

/// <summary>A measure discussed at a review meeting: the review log's "last reviewed" date comes from these.</summary>
public sealed class ReviewedMeasure
{
    /// <summary>The meeting.</summary>
    public Guid MeetingId { get; set; }

    /// <summary>The measure discussed.</summary>
    public Guid MeasureId { get; set; }
}
