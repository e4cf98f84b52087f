namespace Goodhart.Web.Api;

/// <summary>One stored value.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value.</param>
/// <param name="Denominator">The denominator, or <c>null</c>.</param>
internal sealed record SeriesPointResponse(DateOnly Period, double Value, double? Denominator);
