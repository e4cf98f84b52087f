namespace Goodhart.Spc;

/// <summary>One phase of a chart: a stretch of periods with its own centre line and limits.</summary>
/// <param name="Index">0-based phase number.</param>
/// <param name="Start">Index of the phase's first point.</param>
/// <param name="End">Index one past the phase's last point.</param>
/// <param name="Values">How many points of the phase have a value.</param>
/// <param name="BaselineValues">How many values went into the centre line and limits.</param>
/// <param name="Centre">The centre line, or <c>null</c> when the phase has no values.</param>
/// <param name="Sigma">
/// The estimated process sigma behind the limits: on I charts the (screened) mean moving range / 1.128 (or × E2 / 3);
/// on P′ and U′ charts σz, the factor that widens the binomial or Poisson sigma; <c>null</c> where sigma is per point
/// (P, U, C) or there are no limits (run charts).
/// </param>
/// <param name="MeanMovingRange">The mean moving range the limits were built on (after screening), where one is used.</param>
/// <param name="ScreenedMovingRanges">How many moving ranges screening left out.</param>
/// <param name="TrialLimits">Whether the limits rest on fewer values than the chart's minimum (13 by default).</param>
/// <param name="UsefulPoints">Points off the centre line (the n of Anhøj's rules).</param>
/// <param name="LongestRun">The longest run on one side of the centre line.</param>
/// <param name="LongestRunLimit">Anhøj's limit: a longer run is a signal (round(log₂ n) + 3).</param>
/// <param name="Crossings">How many times consecutive points cross the centre line.</param>
/// <param name="CrossingsLimit">Anhøj's limit: fewer crossings are a signal (5% quantile of Binomial(n − 1, 0.5)).</param>
public sealed record SpcPhase(
    int Index,
    int Start,
    int End,
    int Values,
    int BaselineValues,
    double? Centre,
    double? Sigma,
    double? MeanMovingRange,
    int ScreenedMovingRanges,
    bool TrialLimits,
    int UsefulPoints,
    int LongestRun,
    int LongestRunLimit,
    int Crossings,
    int CrossingsLimit);
