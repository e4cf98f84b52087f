namespace Goodhart.Registry;

/// <summary>How often a measure's owner has agreed to look at it with the people who do the work.</summary>
public enum ReviewCadence
{
    /// <summary>Every week: the rhythm good measures are reviewed at.</summary>
    Weekly,

    /// <summary>Every two weeks.</summary>
    Fortnightly,

    /// <summary>Every calendar month.</summary>
    Monthly,

    /// <summary>Every three calendar months.</summary>
    Quarterly,

    /// <summary>Once a year.</summary>
    Yearly,
}
