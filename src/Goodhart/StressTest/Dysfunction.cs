namespace Goodhart.StressTest;

/// <summary>A way a target bends the work (parking, cherry-picking, rushing, ignoring, reclassifying, storing up).</summary>
/// <param name="Id">Stable id, e.g. <c>parking</c>.</param>
/// <param name="Title">Short name.</param>
/// <param name="Question">How easy would this be here? asked in terms of the dysfunction.</param>
/// <param name="Description">What it looks like in practice.</param>
/// <param name="Signal">What would show it early: added to the watch list when it is easy.</param>
/// <param name="Amplifies">Dimensions whose scores rise when this dysfunction is easy.</param>
/// <param name="Evidence">Rated items and dimensions whose answers make it more likely.</param>
public sealed record Dysfunction(
    string Id,
    string Title,
    string Question,
    string Description,
    string Signal,
    IReadOnlyList<string> Amplifies,
    IReadOnlyList<string> Evidence);
