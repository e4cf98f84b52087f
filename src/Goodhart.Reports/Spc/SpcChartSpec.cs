using Goodhart.Reports.Charts;
using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// A process behaviour chart of one charted series: the values with their points coloured by signal, the centre
/// line and limits of each phase, the target, phase breaks, and a caption with the verdicts and the false-alarm
/// figure. Drawn by <see cref="ChartRenderer"/> like every other chart.
/// </summary>
/// <param name="Result">The charted series.</param>
/// <param name="Title">The title over the chart, or <c>null</c> for the series name.</param>
/// <param name="Format">How values are written on the axis.</param>
/// <param name="ShowCaption">
/// Whether to write the false-alarm, variation and assurance sentences under the plot; they are left out anyway
/// when the chart is too small to hold them (less than 300 units high or 480 wide).
/// </param>
/// <param name="ShowTwoSigma">Whether to draw the 2-sigma lines, faintly (never on small charts).</param>
/// <param name="ShowTitle">Whether to write the title over the plot (a page that heads the chart itself may leave it out).</param>
public sealed record SpcChartSpec(
    SpcResult Result,
    string? Title = null,
    SpcValueFormat Format = SpcValueFormat.Auto,
    bool ShowCaption = true,
    bool ShowTwoSigma = true,
    bool ShowTitle = true) : ChartSpec
{
    /// <summary>
    /// The format after resolving <see cref="SpcValueFormat.Auto"/>: percent on P and P′ charts, and on run and I
    /// charts of a numerator over its denominator whose values all lie between 0 and 1 (a proportion such as the
    /// share seen within 4 hours); plain numbers otherwise.
    /// </summary>
    public SpcValueFormat EffectiveFormat => Format != SpcValueFormat.Auto
        ? Format
        : Result.Chart is ChartKind.P or ChartKind.PPrime || IsProportionSeries(Result) ? SpcValueFormat.Percent : SpcValueFormat.Number;

    private static bool IsProportionSeries(SpcResult result)
    {
        if (result.Chart is not (ChartKind.Run or ChartKind.Individuals))
        {
            return false;
        }

        var any = false;
        foreach (var point in result.Points)
        {
            if (point.Value is not { } value)
            {
                continue;
            }

            if (point.Denominator is null || value < 0 || value > 1)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The caption: the false-alarm, variation and assurance sentences, those that apply, one per line.</summary>
    public IReadOnlyList<string> CaptionLines()
    {
        var lines = new List<string>(3) { SpcTexts.VariationSentence(Result) };

        var assurance = SpcTexts.AssuranceSentence(Result);
        if (assurance.Length > 0)
        {
            lines.Add(assurance);
        }

        if (Result.FalseAlarm is { Sentence.Length: > 0 } alarm)
        {
            lines.Add(alarm.Sentence);
        }

        return lines;
    }
}
