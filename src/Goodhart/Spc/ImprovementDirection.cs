namespace Goodhart.Spc;

/// <summary>Which way the measure should move when the process improves.</summary>
public enum ImprovementDirection
{
    /// <summary>Neither direction is better: signals are neutral.</summary>
    Neutral,

    /// <summary>Higher values are better.</summary>
    Increase,

    /// <summary>Lower values are better.</summary>
    Decrease,
}
