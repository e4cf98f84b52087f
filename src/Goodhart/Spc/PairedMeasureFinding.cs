namespace Goodhart.Spc;

/// <summary>The result of comparing a measure with its balancing measure over the same recent periods.</summary>
/// <param name="Verdict">What was found.</param>
/// <param name="From">The first period compared, or <c>null</c> when too few periods are shared.</param>
/// <param name="To">The last period compared, or <c>null</c> when too few periods are shared.</param>
/// <param name="SharedPeriods">How many periods were compared (both series have a value in each).</param>
/// <param name="MeasureImproving">Whether the measure shows a sustained improvement in those periods.</param>
/// <param name="BalancingWorsening">Whether the balancing measure shows a signal of getting worse in those periods.</param>
/// <param name="MeasureSignals">The rules behind the measure's latest improvement signal in those periods, or none.</param>
/// <param name="BalancingSignals">The rules behind the balancing measure's latest concern signal in those periods, or none.</param>
/// <param name="Sentence">The finding in plain words.</param>
public sealed record PairedMeasureFinding(
    PairedVerdict Verdict,
    SpcKey? From,
    SpcKey? To,
    int SharedPeriods,
    bool MeasureImproving,
    bool BalancingWorsening,
    SpcRule MeasureSignals,
    SpcRule BalancingSignals,
    string Sentence)
{
    /// <summary>Whether the finding should be raised: the measure improved while its balancing measure worsened.</summary>
    public bool Raised => Verdict == PairedVerdict.ImprovedAtACost;
}
