namespace Goodhart.Data.Cases;

/// <summary>A summary computed where the data lives, with the cases it counted and those it left out.</summary>
/// <typeparam name="T">The summary, one of the core's detection summaries.</typeparam>
/// <param name="Value">The summary.</param>
/// <param name="Counted">The cases counted.</param>
/// <param name="Excluded">The cases left out, by reason.</param>
/// <param name="Warnings">What the user should know about the cases left out, in plain words (e.g. a hint to give a timestamp format).</param>
public sealed record CaseSummary<T>(T Value, long Counted, CaseExclusions Excluded, IReadOnlyList<string> Warnings)
    where T : class;
