using System.Collections.Immutable;

namespace Goodhart.StressTest;

/// <summary>
/// One respondent's answers to a stress test, complete or in progress. Immutable: each answer given
/// produces a new sheet, which the face saves at once.
/// </summary>
/// <param name="Instrument">The instrument the answers were given to, or <c>null</c> when the file did not say.</param>
/// <param name="ItemFingerprints">
/// A fingerprint of the wording of every rated item as the respondent saw it, so a later version of the
/// instrument can name exactly which items changed.
/// </param>
/// <param name="Respondent">Who answered.</param>
/// <param name="Context">Context answers by question id; a choice holds one value, several choices hold several, text one.</param>
/// <param name="Items">Rated-item answers by item id.</param>
/// <param name="Reflections">Free-text reflections by dimension id.</param>
/// <param name="Dysfunctions">Checklist answers by dysfunction id.</param>
/// <param name="Step">The step the respondent reached (0-based), for resuming.</param>
/// <param name="Started">When the first answer was given.</param>
/// <param name="Updated">When the last answer was given.</param>
public sealed record AnswerSheet(
    InstrumentRef? Instrument,
    ImmutableSortedDictionary<string, string> ItemFingerprints,
    Respondent Respondent,
    ImmutableDictionary<string, ImmutableArray<string>> Context,
    ImmutableDictionary<string, ItemAnswer> Items,
    ImmutableDictionary<string, string> Reflections,
    ImmutableDictionary<string, ItemAnswer> Dysfunctions,
    int Step,
    DateTimeOffset? Started,
    DateTimeOffset? Updated)
{
    /// <summary>A blank sheet for an instrument.</summary>
    /// <param name="instrument">The instrument to be answered.</param>
    /// <param name="respondent">Who will answer.</param>
    public static AnswerSheet Blank(Instrument instrument, Respondent? respondent = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new AnswerSheet(
            instrument.Ref,
            ItemFingerprint.Of(instrument),
            respondent ?? Respondent.Anonymous,
            ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            ImmutableDictionary<string, ItemAnswer>.Empty,
            ImmutableDictionary<string, string>.Empty,
            ImmutableDictionary<string, ItemAnswer>.Empty,
            0,
            null,
            null);
    }

    /// <summary>The measure name, or <c>null</c> when not yet given.</summary>
    public string? MeasureName => ContextText("measure");

    /// <summary>The text of a single-valued context answer, or <c>null</c>.</summary>
    /// <param name="id">The context question id.</param>
    public string? ContextText(string id) =>
        Context.TryGetValue(id, out var values) && values.Length > 0 && values[0].Trim().Length > 0 ? values[0] : null;

    /// <summary>The values of a context answer (empty when unanswered).</summary>
    /// <param name="id">The context question id.</param>
    public ImmutableArray<string> ContextValues(string id) => Context.TryGetValue(id, out var values) ? values : [];
}
