namespace Goodhart.StressTest;

/// <summary>
/// How many points of a score one answer produced. The contributions of a score add up to the score
/// exactly, so every number in a profile can be traced to the answers behind it.
/// </summary>
/// <param name="Kind">What kind of answer: a rated item, a context answer or a checklist answer.</param>
/// <param name="Id">The id of the item, context question or dysfunction.</param>
/// <param name="Label">What was asked, for people.</param>
/// <param name="Answer">The answer given, for people (the anchor text, the option label).</param>
/// <param name="Points">Points of the score (0–100 scale) due to this answer.</param>
/// <param name="Share">Points as a share of the score, 0–1.</param>
public sealed record Contribution(TriggerKind Kind, string Id, string Label, string Answer, double Points, double Share);
