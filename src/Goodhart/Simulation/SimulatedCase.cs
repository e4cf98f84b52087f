namespace Goodhart.Simulation;

/// <summary>One case of a simulated case log: an attendance from arrival to departure, in whole minutes.</summary>
/// <param name="CaseId">The case's number, 1, 2, 3, … in arrival order.</param>
/// <param name="PersonId">The person attending; the same person may come back.</param>
/// <param name="Arrival">When the case arrived, on a whole minute.</param>
/// <param name="Departure">When it left, a whole number of minutes after arrival (at least one).</param>
/// <param name="Priority">The triage priority, 1 (most urgent) to 5.</param>
/// <param name="Category">How it ended: admitted, discharged, referred, or the exempt category.</param>
/// <param name="Gaming">The injections that changed this case (the per-case truth; not written to the file).</param>
public readonly record struct SimulatedCase(
    long CaseId,
    string PersonId,
    DateTime Arrival,
    DateTime Departure,
    int Priority,
    string Category,
    GamingKinds Gaming)
{
    /// <summary>The duration in whole minutes.</summary>
    public long Minutes => (long)(Departure - Arrival).TotalMinutes;
}
