using System.Globalization;
using Goodhart.Spc;

namespace Goodhart.Reviews;

/// <summary>Signals in plain words, for agendas and review records.</summary>
public static class SignalWords
{
    /// <summary>What the signal is, e.g. "a signal of concern from 2026-01-01 to 2026-08-01 (8 values): a run of values on one side of the average".</summary>
    public static string Describe(MeasureSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var kind = signal.Kind switch
        {
            SignalKind.Improvement => "a signal of improvement",
            SignalKind.Concern => "a signal of concern",
            _ => "a signal of change",
        };
        var span = signal.Points == 1
            ? $"on {Iso(signal.First)}"
            : $"from {Iso(signal.First)} to {Iso(signal.Last)} ({signal.Points.ToString(CultureInfo.InvariantCulture)} values)";
        return $"{kind} {span}: {Rules(signal.Rules)}";
    }

    /// <summary>The rules broken, in words: "a, b and c".</summary>
    public static string Rules(SpcRule rules)
    {
        var words = new List<string>();
        if (rules.HasFlag(SpcRule.BeyondLimits))
        {
            words.Add("a value beyond the natural limits");
        }

        if (rules.HasFlag(SpcRule.Shift) || rules.HasFlag(SpcRule.LongRun))
        {
            words.Add("a run of values on one side of the average");
        }

        if (rules.HasFlag(SpcRule.Trend))
        {
            words.Add("values rising or falling one after another");
        }

        if (rules.HasFlag(SpcRule.TwoOfThree))
        {
            words.Add("two of three values close to a limit");
        }

        if (rules.HasFlag(SpcRule.FewCrossings))
        {
            words.Add("values crossing the average too seldom");
        }

        return words.Count switch
        {
            0 => "no rule named",
            1 => words[0],
            _ => $"{string.Join(", ", words[..^1])} and {words[^1]}",
        };
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
