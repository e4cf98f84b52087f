namespace Goodhart.StressTest;

/// <summary>The checklist asking how easy each target dysfunction would be for this measure.</summary>
/// <param name="Title">Step title.</param>
/// <param name="Prompt">The question that introduces the list.</param>
/// <param name="Anchors">Five descriptions of ease, 0 (practically impossible) to 4 (easy and already tempting).</param>
/// <param name="Dysfunctions">The dysfunctions in order.</param>
public sealed record DysfunctionChecklist(string Title, string Prompt, IReadOnlyList<string> Anchors, IReadOnlyList<Dysfunction> Dysfunctions);
