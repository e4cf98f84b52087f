namespace Goodhart.Registry;

/// <summary>The signs that a measure is ornament: reported, but not used to run the work.</summary>
public enum HealthFlagKind
{
    /// <summary>Nobody is named as its owner.</summary>
    NoOwner,

    /// <summary>No decision is named that the number informs.</summary>
    NoDecision,

    /// <summary>Not reviewed within two of its review cadences.</summary>
    ReviewOverdue,

    /// <summary>It has a target but no balancing measure to show harm done in meeting it.</summary>
    TargetWithoutBalancing,

    /// <summary>Its definition is too thin to count the same way twice (see <see cref="HealthCheckOptions.MinDefinitionWords"/>).</summary>
    VagueDefinition,

    /// <summary>Its owner owns more measures than <see cref="HealthCheckOptions.MaxMeasuresPerOwner"/>.</summary>
    OwnerOverloaded,

    /// <summary>Reviews were held after its signals began, and none of them was discussed or acted on.</summary>
    NeverDiscussed,
}
