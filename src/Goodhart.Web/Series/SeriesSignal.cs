using Goodhart.Spc;

namespace Goodhart.Web.Series;

/// <summary>A point that is part of a signal.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The plotted value.</param>
/// <param name="Kind">Improvement, concern, or neither, given the measure's direction of good.</param>
/// <param name="Rules">The rules it broke, each in words.</param>
public sealed record SeriesSignal(DateOnly Period, double Value, SignalKind Kind, IReadOnlyList<string> Rules);
