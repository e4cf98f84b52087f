namespace Goodhart.Web.Api;

/// <summary>A point that is part of a signal.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The plotted value.</param>
/// <param name="Kind">improvement, concern or neutral.</param>
/// <param name="Rules">The rules it broke, in words.</param>
internal sealed record SeriesSignalResponse(DateOnly Period, double Value, string Kind, IReadOnlyList<string> Rules);
