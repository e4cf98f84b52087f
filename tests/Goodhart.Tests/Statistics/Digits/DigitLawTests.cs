using FsCheck.Xunit;
using Goodhart.Statistics.Digits;

namespace Goodhart.Tests.Statistics.Digits;

/// <summary>Laws every digit statistic keeps, whatever the data.</summary>
public sealed class DigitLawTests
{
    [Property(MaxTest = 300)]
    public bool BenfordRun_AnyValues_CountsAddUpAndStatisticsInRange(int[] raw)
    {
        var values = raw.Select(r => r * 1.37).ToArray();
        var result = BenfordTest.Run(values);

        return result.Count + result.Skipped == values.Length
            && result.Frequencies.Sum(f => f.Observed) == result.Count
            && (result.Count == 0 || (result.ChiSquare >= 0 && result.PValue is >= 0 and <= 1 && result.MeanAbsoluteDeviation is >= 0 and <= 1));
    }

    [Property(MaxTest = 300)]
    public bool TerminalDigitRun_AnyValues_EveryValueCountedOnce(int[] raw)
    {
        var values = raw.Select(r => r / 100.0).ToArray();
        var result = TerminalDigitTest.Run(values, 2);

        return result.Count + result.Skipped == values.Length
            && result.Frequencies.Sum(f => f.Observed) == result.Count
            && (result.Count == 0 || result.PValue is >= 0 and <= 1);
    }

    [Property(MaxTest = 300)]
    public bool Whipple_AnyCounts_IndexBetween0And500(int[] raw)
    {
        var counts = raw.Select((r, i) => new ValueCount(23 + (i % 40), Math.Abs((double)r))).ToList();
        var result = HeapingIndex.Whipple(counts);

        return result.Total == 0
            ? double.IsNaN(result.Index)
            : result.Index is >= 0 and <= 500 + 1e-9 && Math.Abs(result.RoundValues.Sum(r => r.Expected) - (result.Total / 5)) < 1e-6 * (1 + result.Total);
    }

    [Property(MaxTest = 300)]
    public bool Myers_AnyCounts_IndexBetween0And90(int[] raw)
    {
        var counts = raw.Select((r, i) => new ValueCount(10 + (i % 80), Math.Abs((double)r))).ToList();
        var result = HeapingIndex.Myers(counts);

        return double.IsNaN(result.Index) || result.Index is >= 0 and <= 90 + 1e-9;
    }
}
