namespace Goodhart.Spc;

/// <summary>
/// How often a stable process would show at least one signal on a chart of this length with these rules,
/// estimated by simulation with a fixed seed.
/// </summary>
/// <param name="Probability">The estimated probability of at least one signal anywhere on the chart.</param>
/// <param name="StandardError">The simulation's standard error of <paramref name="Probability"/>.</param>
/// <param name="Replicates">How many stable series were simulated per phase length.</param>
/// <param name="Seed">The seed of the simulation.</param>
/// <param name="Sentence">The figure in plain words, for the chart and the report.</param>
public sealed record FalseAlarmEstimate(double Probability, double StandardError, int Replicates, int Seed, string Sentence);
