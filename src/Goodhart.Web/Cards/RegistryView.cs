using Goodhart.Registry;

namespace Goodhart.Web.Cards;

/// <summary>The whole registry with its health check.</summary>
/// <param name="Entries">Every measure, by name.</param>
/// <param name="Health">The registry-wide check (owners over the threshold among it).</param>
/// <param name="Options">The thresholds used.</param>
public sealed record RegistryView(IReadOnlyList<MeasureEntry> Entries, RegistryHealth Health, HealthCheckOptions Options);
