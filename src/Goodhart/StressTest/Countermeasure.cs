namespace Goodhart.StressTest;

/// <summary>A remedy the report proposes when any of its triggers fires.</summary>
/// <param name="Id">Stable id, e.g. <c>balancing-measure</c>.</param>
/// <param name="Title">Short name.</param>
/// <param name="Advice">What to do, in a few sentences.</param>
/// <param name="Triggers">Conditions on answers; any one fires the countermeasure.</param>
public sealed record Countermeasure(string Id, string Title, string Advice, IReadOnlyList<Trigger> Triggers);
