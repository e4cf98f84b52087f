namespace Goodhart.StressTest;

/// <summary>What kind of answer a context question takes.</summary>
public enum ContextKind
{
    /// <summary>A line of free text.</summary>
    Text,

    /// <summary>Free text that may run to several paragraphs.</summary>
    LongText,

    /// <summary>Exactly one of the options.</summary>
    Choice,

    /// <summary>Any number of the options.</summary>
    MultiChoice,
}
