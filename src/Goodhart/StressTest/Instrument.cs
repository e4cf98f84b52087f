namespace Goodhart.StressTest;

/// <summary>
/// A stress-test instrument: the context questions, the six dimensions with their rated items, the
/// dysfunction checklist, the countermeasures and every weight the scoring uses. It is data, loaded
/// from a versioned YAML file (see InstrumentLoader); nothing about scoring is hard-coded.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>goodhart-stress-test</c>.</param>
/// <param name="Version">Version of the content, e.g. <c>1.0.0</c>.</param>
/// <param name="Title">Human title.</param>
/// <param name="Credit">Where the questions come from, printed in every report.</param>
/// <param name="ContentHash">SHA-256 of the YAML text, <c>sha256:</c> followed by hex.</param>
/// <param name="Context">Questions about the measure and how it is used, asked first.</param>
/// <param name="Dimensions">The dimensions in the order they are asked.</param>
/// <param name="Checklist">The dysfunction checklist.</param>
/// <param name="Countermeasures">Remedies proposed when their triggers fire.</param>
/// <param name="Scoring">The numbers the scoring model uses.</param>
public sealed record Instrument(
    string Id,
    string Version,
    string Title,
    string Credit,
    string ContentHash,
    IReadOnlyList<ContextQuestion> Context,
    IReadOnlyList<Dimension> Dimensions,
    DysfunctionChecklist Checklist,
    IReadOnlyList<Countermeasure> Countermeasures,
    ScoringSettings Scoring)
{
    /// <summary>A reference to this instrument, as stored in answer files and reports.</summary>
    public InstrumentRef Ref => new(Id, Version, ContentHash);

    /// <summary>Every rated item of every dimension, in order.</summary>
    public IEnumerable<RatedItem> AllItems => Dimensions.SelectMany(d => d.Items);

    /// <summary>Finds a dimension by id, or <c>null</c>.</summary>
    /// <param name="id">The dimension id.</param>
    public Dimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => d.Id == id);

    /// <summary>Finds a rated item by id, or <c>null</c>.</summary>
    /// <param name="id">The item id.</param>
    public RatedItem? FindItem(string id) => AllItems.FirstOrDefault(i => i.Id == id);
}
