namespace Goodhart.StressTest;

/// <summary>The distortion-risk band of a score.</summary>
public enum Band
{
    /// <summary>Little sign that the measure bends the work.</summary>
    Low,

    /// <summary>Some pressure points worth watching.</summary>
    Moderate,

    /// <summary>The measure is likely to bend the work in the ways the drivers show.</summary>
    High,

    /// <summary>The measure is likely already running the work; act before the next cycle.</summary>
    Severe,
}
