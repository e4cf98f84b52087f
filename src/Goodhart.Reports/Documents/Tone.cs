namespace Goodhart.Reports.Documents;

/// <summary>The colour family of a callout or a band: from calm to urgent.</summary>
public enum Tone
{
    /// <summary>Neutral grey.</summary>
    Neutral,

    /// <summary>Green: low risk.</summary>
    Low,

    /// <summary>Amber: moderate risk.</summary>
    Moderate,

    /// <summary>Orange: high risk.</summary>
    High,

    /// <summary>Red: severe risk.</summary>
    Severe,
}
