namespace Goodhart.Store;

/// <summary>
/// A team stress test: one measure, a link shared with the people who work with it, and one
/// <see cref="StressTestSession"/> per respondent who follows the link.
/// </summary>
public sealed class StressTeam
{
    /// <summary>The team stress test's identity, made by the application; it is also the shared link.</summary>
    public Guid Id { get; set; }

    /// <summary>The measure every respondent answers about.</summary>
    public string MeasureName { get; set; } = "";

    /// <summary>The registry's card of that measure, or <c>null</c> when the measure is not in the registry (or was deleted).</summary>
    public Guid? MeasureId { get; set; }

    /// <summary>When the team stress test was created.</summary>
    public DateOnly StartedOn { get; set; }
}
