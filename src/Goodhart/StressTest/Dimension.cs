namespace Goodhart.StressTest;

/// <summary>One of the six questions of the stress test, with the rated items that score it.</summary>
/// <param name="Id">Stable id, e.g. <c>proxy-failure</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="Prompt">A follow-up sentence that sharpens the question.</param>
/// <param name="DrawsOn">The concepts the question draws on.</param>
/// <param name="Why">Why this matters, in a few sentences.</param>
/// <param name="Items">The rated items (3–5).</param>
/// <param name="Reflection">The free-text prompt that closes the dimension.</param>
public sealed record Dimension(
    string Id,
    string Title,
    string Question,
    string Prompt,
    IReadOnlyList<string> DrawsOn,
    string Why,
    IReadOnlyList<RatedItem> Items,
    string Reflection);
