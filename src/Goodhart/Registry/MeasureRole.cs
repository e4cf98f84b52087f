namespace Goodhart.Registry;

/// <summary>What a measure is for in a family of measures.</summary>
public enum MeasureRole
{
    /// <summary>The result the service exists to produce.</summary>
    Outcome,

    /// <summary>How the work is done on the way to the outcome.</summary>
    Process,

    /// <summary>Watches for harm done elsewhere when another measure is pushed.</summary>
    Balancing,
}
