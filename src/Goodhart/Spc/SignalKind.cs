namespace Goodhart.Spc;

/// <summary>What a signal means given the improvement direction.</summary>
public enum SignalKind
{
    /// <summary>No signal: common-cause variation.</summary>
    None,

    /// <summary>Special cause in the direction of improvement.</summary>
    Improvement,

    /// <summary>Special cause in the worrying direction.</summary>
    Concern,

    /// <summary>Special cause where no direction is better, or a signal without a side.</summary>
    Neutral,
}
