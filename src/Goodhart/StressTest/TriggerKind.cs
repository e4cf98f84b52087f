namespace Goodhart.StressTest;

/// <summary>What a <see cref="Trigger"/> refers to.</summary>
public enum TriggerKind
{
    /// <summary>A rated item's answer.</summary>
    Item,

    /// <summary>A dysfunction's ease on the checklist.</summary>
    Dysfunction,

    /// <summary>A dimension's score.</summary>
    Dimension,

    /// <summary>A context answer.</summary>
    Context,
}
