namespace Goodhart.Reviews;

/// <summary>A finding of a gaming scan worth a review's attention.</summary>
/// <param name="Title">What the scan found, in plain words.</param>
/// <param name="FoundOn">When the scan was run.</param>
/// <param name="MeasureId">The measure it bears on, or <c>null</c>.</param>
public sealed record ScanNote(string Title, DateOnly FoundOn, Guid? MeasureId);
