namespace Goodhart.Spc;

/// <summary>A charted series: every point with its limits and signals, the phases, the verdicts and the warnings.</summary>
/// <param name="Name">The series name.</param>
/// <param name="Options">The options the chart was made with (after any compatibility preset).</param>
/// <param name="Points">Every period, in the order given.</param>
/// <param name="Phases">The phases, in order; at least one.</param>
/// <param name="Variation">What the last point with a value says about variation.</param>
/// <param name="Assurance">Whether the process as it is can be relied on to meet the target.</param>
/// <param name="FalseAlarm">The false-alarm figure, or <c>null</c> when it was not asked for or no rule applies.</param>
/// <param name="Warnings">Things a reader should know: trial limits, screened moving ranges, zero spread, …</param>
public sealed record SpcResult(
    string Name,
    SpcOptions Options,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcPhase> Phases,
    VariationVerdict Variation,
    AssuranceVerdict Assurance,
    FalseAlarmEstimate? FalseAlarm,
    IReadOnlyList<SpcMessage> Warnings)
{
    /// <summary>The chart kind.</summary>
    public ChartKind Chart => Options.Chart;

    /// <summary>How many points have a value.</summary>
    public int ValueCount => Points.Count(p => p.Value is not null);

    /// <summary>The last point with a value, or <c>null</c> when there is none.</summary>
    public SpcPoint? LastValue
    {
        get
        {
            for (var i = Points.Count - 1; i >= 0; i--)
            {
                if (Points[i].Value is not null)
                {
                    return Points[i];
                }
            }

            return null;
        }
    }
}
