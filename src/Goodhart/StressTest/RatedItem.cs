namespace Goodhart.StressTest;

/// <summary>A statement rated on an anchored 0–4 scale where 4 is always the riskiest answer.</summary>
/// <param name="Id">Stable id, unique across the instrument, e.g. <c>reinforcement.speed-over-care</c>.</param>
/// <param name="Text">The statement or question as asked.</param>
/// <param name="Weight">Its weight within the dimension (positive).</param>
/// <param name="Anchors">Five descriptions, one per point of the scale 0..4.</param>
/// <param name="Watch">
/// For items whose high answers are themselves an early-warning sign: the signal to watch, added to
/// the watch list when the answer reaches the instrument's watch level. Empty otherwise.
/// </param>
public sealed record RatedItem(string Id, string Text, double Weight, IReadOnlyList<string> Anchors, string Watch);
