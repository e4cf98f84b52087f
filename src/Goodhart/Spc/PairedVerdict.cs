namespace Goodhart.Spc;

/// <summary>What <see cref="PairedMeasureCheck"/> found about a measure and its balancing measure.</summary>
public enum PairedVerdict
{
    /// <summary>The measure shows a sustained improvement while its balancing measure worsens over the same periods.</summary>
    ImprovedAtACost,

    /// <summary>The two do not pull apart that way over the periods compared.</summary>
    NoConflict,

    /// <summary>Too few periods have a value in both series to compare them.</summary>
    TooFewSharedPeriods,

    /// <summary>One of the two has no direction of good, so improving and worsening cannot be told apart.</summary>
    NoDirection,
}
