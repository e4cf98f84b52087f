namespace Goodhart.StressTest;

/// <summary>
/// A condition on the answers. <see cref="Ref"/> names a rated item, a dysfunction, a dimension or a
/// context question according to <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">What <see cref="Ref"/> names.</param>
/// <param name="Ref">The id of the item, dysfunction, dimension or context question.</param>
/// <param name="AtLeast">
/// For items and dysfunctions the lowest answer (0–4) that fires; for dimensions the lowest score (0–100).
/// Unused for context.
/// </param>
/// <param name="Options">For context: the option ids that fire.</param>
public sealed record Trigger(TriggerKind Kind, string Ref, double AtLeast, IReadOnlyList<string> Options);
