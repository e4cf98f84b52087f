namespace Goodhart.Web.Series;

/// <summary>One period's value, checked and ready to store.</summary>
/// <param name="Period">The period's date.</param>
/// <param name="Value">The value, or the numerator.</param>
/// <param name="Denominator">The denominator, or <c>null</c>.</param>
public readonly record struct SeriesPoint(DateOnly Period, double Value, double? Denominator);
