using Goodhart.Spc;

namespace Goodhart.Reviews;

/// <summary>
/// One signal on a measure's process behaviour chart: a run of consecutive signal points of the same kind (a shift of
/// eight points is one signal, not eight). A review gives it one disposition, found again by its measure and
/// <see cref="First"/> period, which stays the same while the signal goes on.
/// </summary>
/// <param name="MeasureId">The measure charted.</param>
/// <param name="First">The period of the signal's first point.</param>
/// <param name="Last">The period of its latest point.</param>
/// <param name="Points">How many points it spans.</param>
/// <param name="Kind">Improvement, concern or neither, given the measure's direction of good.</param>
/// <param name="Rules">Every rule any of its points broke.</param>
public sealed record MeasureSignal(Guid MeasureId, DateOnly First, DateOnly Last, int Points, SignalKind Kind, SpcRule Rules)
{
    /// <summary>The key a disposition of this signal is stored under.</summary>
    public SignalKey Key => new(MeasureId, First);
}
