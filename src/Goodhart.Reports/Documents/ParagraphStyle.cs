namespace Goodhart.Reports.Documents;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    /// <summary>Running text.</summary>
    Normal,

    /// <summary>A larger opening paragraph.</summary>
    Lead,

    /// <summary>Small muted text: caveats, method notes.</summary>
    Note,

    /// <summary>A respondent's own words, set apart.</summary>
    Quote,
}
