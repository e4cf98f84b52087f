using Goodhart.Simulation;

namespace Goodhart.Data.Simulation;

/// <summary>One kind of simulated log in a calibration: a name for the table and the gaming injected.</summary>
/// <param name="Name">The row's name, e.g. "clean" or "rushing=0.3".</param>
/// <param name="Gaming">The gaming injected; <see cref="GamingStrengths.None"/> for a clean log.</param>
public sealed record CalibrationCondition(string Name, GamingStrengths Gaming);
