namespace Goodhart.Spc;

/// <summary>The Making Data Count variation verdict of a series, read from its last point.</summary>
public enum VariationVerdict
{
    /// <summary>No point to judge.</summary>
    None,

    /// <summary>The last point shows only common-cause variation.</summary>
    CommonCause,

    /// <summary>The last point is part of a special-cause signal in the direction of improvement.</summary>
    SpecialCauseImprovement,

    /// <summary>The last point is part of a special-cause signal in the worrying direction.</summary>
    SpecialCauseConcern,

    /// <summary>The last point is part of a special-cause signal where neither direction is better (or that has no side).</summary>
    SpecialCauseNeutral,
}
