namespace Goodhart.StressTest;

/// <summary>A countermeasure proposed for this measure, with the answers that called for it.</summary>
/// <param name="CountermeasureId">The countermeasure id.</param>
/// <param name="Title">Its name.</param>
/// <param name="Advice">What to do.</param>
/// <param name="Because">The fired triggers, in words.</param>
public sealed record CountermeasureAdvice(string CountermeasureId, string Title, string Advice, IReadOnlyList<string> Because);
