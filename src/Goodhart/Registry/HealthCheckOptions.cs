namespace Goodhart.Registry;

/// <summary>The registry-wide thresholds of the measure health check.</summary>
public sealed record HealthCheckOptions
{
    /// <summary>The defaults: at most 7 measures per owner, definitions of at least 8 words with a formula.</summary>
    public static HealthCheckOptions Default { get; } = new();

    /// <summary>
    /// The most measures one person can own and still give each attention; one more raises
    /// <see cref="HealthFlagKind.OwnerOverloaded"/> on every one of them.
    /// </summary>
    public int MaxMeasuresPerOwner { get; init; } = 7;

    /// <summary>
    /// A definition is vague when it has fewer words than this, or when the card gives no formula saying how the
    /// number is worked out. Words are runs of letters or digits.
    /// </summary>
    public int MinDefinitionWords { get; init; } = 8;
}
