namespace Goodhart.Registry;

/// <summary>Whether a measure moves before or after the outcome it is about.</summary>
public enum IndicatorTiming
{
    /// <summary>Moves before the outcome: early enough to act on.</summary>
    Leading,

    /// <summary>Moves after the outcome: it confirms what happened.</summary>
    Lagging,
}
