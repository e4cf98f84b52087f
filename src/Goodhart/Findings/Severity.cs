namespace Goodhart.Findings;

/// <summary>How loudly a finding speaks. Only <see cref="Alert"/> claims that the data show the pattern.</summary>
public enum Severity
{
    /// <summary>The test ran and found neither a convincing nor a sizeable effect.</summary>
    Clear,

    /// <summary>The test ran and found one of the two (a convincing effect that is small, or a sizeable one that could be noise).</summary>
    Watch,

    /// <summary>The test ran and found an effect that is both convincing (adjusted p below the level) and sizeable (at or above the practical minimum).</summary>
    Alert,

    /// <summary>The test could not run (too few cases where it looks); this is never a clean bill of health.</summary>
    NotEnoughData,
}
