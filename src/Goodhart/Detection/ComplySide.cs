namespace Goodhart.Detection;

/// <summary>Which durations meet a time target.</summary>
public enum ComplySide
{
    /// <summary>A case meets the target when its duration is strictly below the threshold (e.g. under 240 minutes).</summary>
    Below,

    /// <summary>A case meets the target when its duration is at or below the threshold (e.g. within 240 minutes).</summary>
    AtOrBelow,
}
