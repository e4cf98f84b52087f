namespace Goodhart.Web.Api;

/// <summary>One period's value to add to a series.</summary>
/// <param name="Period">The period's date (<c>yyyy-mm-dd</c>).</param>
/// <param name="Value">The value, or the numerator.</param>
/// <param name="Denominator">The denominator, when the series has them.</param>
internal sealed record SeriesPointRequest(DateOnly? Period, double? Value, double? Denominator);
