namespace Goodhart.Simulation;

/// <summary>The known truth of a simulated case log: its settings, and what each injection did.</summary>
/// <param name="Settings">The settings the log was simulated with.</param>
/// <param name="Cases">How many cases the log holds.</param>
/// <param name="FirstArrival">The first case's arrival.</param>
/// <param name="LastArrival">The last case's arrival.</param>
/// <param name="Injections">Every kind of gaming, in the order of <see cref="GamingStrengths.Names"/>, with what it did.</param>
public sealed record GroundTruth(
    SimulationSettings Settings,
    long Cases,
    DateTime FirstArrival,
    DateTime LastArrival,
    IReadOnlyList<InjectionTruth> Injections)
{
    /// <summary>The version of the ground-truth file's layout.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Which durations meet the target: those strictly below the threshold.</summary>
    public const string Comply = "lt";

    /// <summary>The options of the gaming scan that map this log's columns and target.</summary>
    public string ScanOptions =>
        $"--start arrival --end departure --threshold {Settings.Threshold} --comply {Comply} --category category --exempt {SimulationSettings.ExemptCategory} --priority priority --person person_id";
}
