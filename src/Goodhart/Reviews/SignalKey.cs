namespace Goodhart.Reviews;

/// <summary>Names one signal of one measure: the measure and the period the signal began.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="First">The period of the signal's first point.</param>
public readonly record struct SignalKey(Guid MeasureId, DateOnly First);
