using Goodhart.Statistics.Digits;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Digits;

public sealed class TerminalDigitTestTests
{
    [Fact]
    public void Run_SanitizerAtTwoDecimals_LastDigitsFarFromUniform()
    {
        // The 1,600 values are recorded to two decimals with trailing zeros dropped (52.5 is 52.50). Independent
        // Python script: last digits 0–9 = 165 139 163 129 117 143 183 177 176 208, E = 160 each,
        // χ² = (25² + 21² + 3² + 31² + 43² + 17² + 23² + 17² + 16² + 48²)/160 = 6952/160 = 43.45 on 9 df,
        // p = 1.781967857658537e-06 (odd-df series with erfc).
        var result = TerminalDigitTest.Run(StatisticsData.Column("Digits/sanitizer.csv", 0), decimals: 2);

        Assert.Equal(1600, result.Count);
        Assert.Equal([165.0, 139, 163, 129, 117, 143, 183, 177, 176, 208], result.Frequencies.Select(f => f.Observed));
        Assert.All(result.Frequencies, f => Assert.Equal(160, f.Expected, 1e-12));
        Assert.Equal(43.45, result.ChiSquare, 1e-10);
        Assert.Equal(9, result.DegreesOfFreedom);
        Assert.Equal(1.781967857658537e-06, result.PValue, 1e-15);
    }

    [Fact]
    public void Run_EachDigitOnce_ZeroStatistic()
    {
        // Last digits 0, 1, …, 9 once each: O = E = 1, so χ² = 0 and p = 1.
        double[] values = [10, 21, 32, 43, 54, 65, 76, 87, 98, 109];

        var result = TerminalDigitTest.Run(values);

        Assert.Equal(0, result.ChiSquare, 1e-12);
        Assert.Equal(1, result.PValue, 1e-12);
    }

    [Fact]
    public void Run_AllEndInZero_HandComputedStatistic()
    {
        // Ten values all ending in 0: χ² = Σ O²/E − n = 10²/1 − 10 = 90.
        double[] values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

        var result = TerminalDigitTest.Run(values);

        Assert.Equal(90, result.ChiSquare, 1e-12);
        Assert.True(result.PValue < 1e-14);
    }

    [Theory]
    [InlineData(52.5, 2, 0)] // 52.50
    [InlineData(46.13, 2, 3)] // 46.13 × 100 = 4612.9999… rounds to 4613
    [InlineData(-7.25, 1, 3)] // 7.25 × 10 = 72.5 rounds away from zero to 73
    [InlineData(241, 0, 1)]
    public void Run_OneValue_DigitAtRecordedPrecision(double value, int decimals, int digit)
    {
        var result = TerminalDigitTest.Run([value], decimals);

        Assert.Equal(1, result.Frequencies[digit].Observed);
    }

    [Fact]
    public void FromCounts_SqlTally_SameAsRawValues()
    {
        var raw = TerminalDigitTest.Run(StatisticsData.Column("Digits/sanitizer.csv", 0), 2);

        var tallied = TerminalDigitTest.FromCounts([165, 139, 163, 129, 117, 143, 183, 177, 176, 208], 2);

        Assert.Equal(raw.ChiSquare, tallied.ChiSquare, 1e-12);
        Assert.Equal(raw.PValue, tallied.PValue, 1e-18);
    }
}
