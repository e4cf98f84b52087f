namespace Goodhart.Registry;

/// <summary>The health check of a whole registry of measures.</summary>
/// <param name="Measures">One result per measure, in the order the registry was given.</param>
/// <param name="OverloadedOwners">Owners with more measures than the threshold, with their counts.</param>
public sealed record RegistryHealth(IReadOnlyList<MeasureHealth> Measures, IReadOnlyDictionary<string, int> OverloadedOwners)
{
    /// <summary>The result for one measure.</summary>
    /// <exception cref="KeyNotFoundException">The measure was not in the registry checked.</exception>
    public MeasureHealth For(Guid measureId) =>
        Measures.FirstOrDefault(m => m.MeasureId == measureId) ?? throw new KeyNotFoundException($"Measure {measureId} was not checked.");

    /// <summary>How many measures raised at least one flag.</summary>
    public int FlaggedCount => Measures.Count(m => !m.IsHealthy);
}
