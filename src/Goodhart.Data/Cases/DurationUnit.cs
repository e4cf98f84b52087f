namespace Goodhart.Data.Cases;

/// <summary>The unit durations are measured and binned in.</summary>
public enum DurationUnit
{
    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Minutes (the default).</summary>
    Minutes,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Days of 24 hours.</summary>
    Days,
}
