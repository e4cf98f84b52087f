using Goodhart.Spc;

namespace Goodhart.Reviews;

/// <summary>Turns a chart's signal points into signals a review can discuss one by one.</summary>
public static class MeasureSignals
{
    /// <summary>
    /// The signals of a chart of dated periods, oldest first: neighbouring signal points (no point without a signal
    /// between them; a missing value does not break a run) of the same kind and side form one signal.
    /// </summary>
    /// <param name="measureId">The measure charted.</param>
    /// <param name="result">The chart; points whose period is not a date are left out.</param>
    public static IReadOnlyList<MeasureSignal> From(Guid measureId, SpcResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var signals = new List<MeasureSignal>();
        SpcPoint? start = null;
        SpcPoint last = default;
        var count = 0;
        var rules = SpcRule.None;

        void Close()
        {
            if (start is { } s)
            {
                signals.Add(new MeasureSignal(measureId, s.Key.Date!.Value, last.Key.Date!.Value, count, s.Signal, rules));
            }

            start = null;
        }

        foreach (var point in result.Points)
        {
            if (point.Value is null || !point.Key.IsDate)
            {
                continue;
            }

            if (!point.IsSignal)
            {
                Close();
                continue;
            }

            if (start is { } current && current.Signal == point.Signal && current.Side == point.Side)
            {
                last = point;
                count++;
                rules |= point.Rules;
                continue;
            }

            Close();
            start = point;
            last = point;
            count = 1;
            rules = point.Rules;
        }

        Close();
        return signals;
    }
}
