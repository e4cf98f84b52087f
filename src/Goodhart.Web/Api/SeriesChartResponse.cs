namespace Goodhart.Web.Api;

/// <summary>What the chart of a series says, in ids and in words.</summary>
/// <param name="Variation">The variation verdict's id.</param>
/// <param name="VariationText">The variation verdict in words.</param>
/// <param name="Assurance">The assurance verdict's id.</param>
/// <param name="AssuranceText">The assurance verdict in words, or <c>null</c> without a target.</param>
/// <param name="FalseAlarm">How often a stable process would raise an alarm on a chart like this, or <c>null</c>.</param>
/// <param name="Signals">The points that are part of a signal.</param>
internal sealed record SeriesChartResponse(string Variation, string VariationText, string Assurance, string? AssuranceText, string? FalseAlarm, IReadOnlyList<SeriesSignalResponse> Signals);
