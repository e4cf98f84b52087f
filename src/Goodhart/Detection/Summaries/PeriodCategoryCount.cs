namespace Goodhart.Detection.Summaries;

/// <summary>Cases of one category in one reporting period, split by whether they met the target.</summary>
/// <param name="PeriodStart">The first day of the reporting period.</param>
/// <param name="Category">The category as recorded (e.g. a disposal code or a ticket type).</param>
/// <param name="Met">Cases that met the target.</param>
/// <param name="Breached">Cases that did not.</param>
public readonly record struct PeriodCategoryCount(DateOnly PeriodStart, string Category, long Met, long Breached);
