namespace Goodhart.Data.Simulation;

/// <summary>How one detector's finding came out over the seeds of one calibration condition.</summary>
/// <param name="Condition">The condition's name.</param>
/// <param name="Code">The finding's code.</param>
/// <param name="Runs">How many simulated logs were scanned.</param>
/// <param name="Alerts">How many gave an alert.</param>
/// <param name="Watches">How many gave a watch.</param>
/// <param name="NotEnoughData">How many could not run the test.</param>
public sealed record CalibrationCell(string Condition, string Code, int Runs, int Alerts, int Watches, int NotEnoughData);
