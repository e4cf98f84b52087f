namespace Goodhart.Data.Cases;

/// <summary>Which durations meet the target: those at or below the threshold, or strictly below it.</summary>
public enum ComplySide
{
    /// <summary>A case meets the target when its duration is at most the threshold (e.g. "within 4 hours").</summary>
    AtOrBelow,

    /// <summary>A case meets the target when its duration is less than the threshold (e.g. "under 4 hours").</summary>
    Below,
}
