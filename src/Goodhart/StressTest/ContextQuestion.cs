namespace Goodhart.StressTest;

/// <summary>A question about the measure itself and how it is used.</summary>
/// <param name="Id">Stable id, e.g. <c>measure</c>, <c>usage</c>.</param>
/// <param name="Prompt">The question as asked.</param>
/// <param name="Label">A short label for reports, e.g. "Used for"; the prompt when the file gives none.</param>
/// <param name="Help">A sentence of help, or empty.</param>
/// <param name="Kind">Free text, one choice or several choices.</param>
/// <param name="Required">Whether the stress test can be scored without it.</param>
/// <param name="Options">For choice questions, the options ordered from least to most risky.</param>
public sealed record ContextQuestion(
    string Id,
    string Prompt,
    string Label,
    string Help,
    ContextKind Kind,
    bool Required,
    IReadOnlyList<ContextOption> Options);
