namespace Goodhart.Detection.Summaries;

/// <summary>Cases completed on one day of one reporting period, split by whether they met the target.</summary>
/// <param name="PeriodStart">The first day of the reporting period (month, week or quarter).</param>
/// <param name="DayOfPeriod">1-based day within the period on which the cases were completed.</param>
/// <param name="DaysInPeriod">How many days the period has, so late days can be told from early ones.</param>
/// <param name="Met">Cases completed that day that met the target.</param>
/// <param name="Breached">Cases completed that day that did not.</param>
public readonly record struct PeriodDayCount(DateOnly PeriodStart, int DayOfPeriod, int DaysInPeriod, long Met, long Breached);
