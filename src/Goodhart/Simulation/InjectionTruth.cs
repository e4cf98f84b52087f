namespace Goodhart.Simulation;

/// <summary>What one injection did to a simulated log.</summary>
/// <param name="Name">The kind's name, as <see cref="GamingStrengths.Parse"/> reads it (e.g. <c>rushing</c>).</param>
/// <param name="Kind">The kind's flag.</param>
/// <param name="Strength">The strength injected, 0 to 1.</param>
/// <param name="Eligible">How many cases from the gaming start on it could have touched.</param>
/// <param name="Touched">How many it changed (for rework: how many extra attendances it added to the log).</param>
/// <param name="Description">What the injection does, in plain words.</param>
public sealed record InjectionTruth(string Name, GamingKinds Kind, double Strength, long Eligible, long Touched, string Description);
