namespace Goodhart.Registry;

/// <summary>The health check of one measure.</summary>
/// <param name="MeasureId">The measure checked.</param>
/// <param name="Flags">Every sign of ornament found, in the order of <see cref="HealthFlagKind"/>; empty when healthy.</param>
public sealed record MeasureHealth(Guid MeasureId, IReadOnlyList<HealthFlag> Flags)
{
    /// <summary>Whether no sign of ornament was found.</summary>
    public bool IsHealthy => Flags.Count == 0;

    /// <summary>Whether a flag of the given kind was raised.</summary>
    public bool Has(HealthFlagKind kind) => Flags.Any(f => f.Kind == kind);
}
