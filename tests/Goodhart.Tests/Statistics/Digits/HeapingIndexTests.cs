using Goodhart.Statistics.Digits;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Digits;

public sealed class HeapingIndexTests
{
    [Fact]
    public void Whipple_Pop1mPasexAges23To62_ReproducesDemoTools()
    {
        // DemoTools tests/testthat/test-AGEHEAP.R ("Whipple replicates SINGAGE males"): Whipple(pop1m_pasex, 0:99,
        // ageMin = 25, ageMax = 60, digit = c(0, 5)) = 2.34 (tolerance 0.01), on DemoTools' ratio scale. By hand:
        // ages 25, 30, …, 60 hold 442,882 men and ages 23–62 hold 946,843, so 100 × 5 × 442,882 / 946,843 = 233.873.
        var result = HeapingIndex.Whipple(Ages());

        Assert.Equal(442882, result.OnRoundValues);
        Assert.Equal(946843, result.Total);
        Assert.Equal(233.8729863345877, result.Index, 1e-9);
        Assert.Equal(2.34, result.Index / 100, 0.01);
        Assert.Equal(WhippleAccuracy.VeryRough, result.Accuracy);
        Assert.Equal(8, result.RoundValues.Count);
        Assert.Equal([25, 30, 35, 40, 45, 50, 55, 60], result.RoundValues.Select(r => r.Digit));
        Assert.True(result.PValue < 1e-100);
    }

    [Fact]
    public void Myers_Pop1mPasexAges10To89_MatchesIndependentScript()
    {
        // An independent Python transcription of DemoTools' Myers (ages 10–89, weights d + 1 and 9 − d) gives
        // 23.627865013499985, with blended shares (%) 24.195 5.734 7.659 7.007 5.276 18.576 6.687 10.857 6.875 7.134:
        // heaping on 0 and 5. (DemoTools' own example comment, "Myers(pop1m_pasex, Age, 10, 90) * 2 # 47.46,
        // replicates SINGAGE males", is 0.4% above twice this; the code as published gives 47.256.)
        var result = HeapingIndex.Myers(Ages());

        Assert.Equal(89, result.Highest);
        Assert.Equal(23.627865013499985, result.Index, 1e-9);
        Assert.Equal(0.24195, result.Digits[0].ObservedShare, 1e-5);
        Assert.Equal(0.18576, result.Digits[5].ObservedShare, 1e-5);
    }

    [Fact]
    public void Whipple_FlatCounts_Index100AndNoEvidence()
    {
        // 100 at every age 23–62: round ages hold 8 × 100 of 4,000, exactly one fifth, so the index is 100 and χ² = 0.
        var counts = Enumerable.Range(23, 40).Select(a => new ValueCount(a, 100)).ToList();

        var result = HeapingIndex.Whipple(counts);

        Assert.Equal(100, result.Index, 1e-12);
        Assert.Equal(0, result.ChiSquare, 1e-12);
        Assert.Equal(1, result.PValue, 1e-12);
        Assert.Equal(WhippleAccuracy.HighlyAccurate, result.Accuracy);
        Assert.All(result.RoundValues, r => Assert.Equal(100, r.Expected, 1e-12));
    }

    [Fact]
    public void Whipple_EveryoneOnRoundAges_Index500()
    {
        // 100 at each of 25, 30, …, 60 and nobody else: index = 100 × 5 × 800 / 800 = 500. E = 800/5 = 160, so
        // χ² = 640²/160 + 640²/640 = 2560 + 640 = 3200.
        var counts = Enumerable.Range(5, 8).Select(k => new ValueCount(5 * k, 100)).ToList();

        var result = HeapingIndex.Whipple(counts);

        Assert.Equal(500, result.Index, 1e-12);
        Assert.Equal(3200, result.ChiSquare, 1e-9);
    }

    [Fact]
    public void Whipple_DurationsInMinutes_GeneralisedRange()
    {
        // Minutes 3–242 (48 blocks of 5, each centred on a multiple of 5), 10 cases a minute plus 30 more logged at
        // exactly 240: round minutes hold 48 × 10 + 30 = 510 of 2,430, index = 100 × 5 × 510 / 2,430 = 104.938.
        var counts = Enumerable.Range(3, 240).Select(m => new ValueCount(m, m == 240 ? 40 : 10)).ToList();

        var result = HeapingIndex.Whipple(counts, lowest: 3, highest: 242, multiple: 5);

        Assert.Equal(104.93827160493827, result.Index, 1e-9);
        Assert.Equal(WhippleAccuracy.HighlyAccurate, result.Accuracy);
        var at240 = Assert.Single(result.RoundValues, r => r.Digit == 240);
        Assert.Equal(40, at240.Observed);
        Assert.Equal((10 + 10 + 40 + 10 + 10) / 5.0, at240.Expected, 1e-12);
    }

    [Theory]
    [InlineData(23, 62, 5, 23, 62)] // the classic range: 25 − 2 … 60 + 2
    [InlineData(20, 64, 5, 23, 62)] // 20 + 2 = 22 rounds up to 25, 64 − 2 = 62 rounds down to 60
    [InlineData(0, 600, 5, 3, 597)] // 5 − 2 … 595 + 2
    [InlineData(0, 600, 10, 5, 594)] // even m: blocks v − 5 … v + 4, from 10 − 5 to 590 + 4
    [InlineData(-10, 10, 5, -7, 7)] // −5 − 2 … 5 + 2
    public void WhippleWithin_Bounds_CentredWholeBlocks(int from, int to, int multiple, int lowest, int highest)
    {
        var result = HeapingIndex.WhippleWithin([new ValueCount(lowest, 1)], from, to, multiple);

        Assert.Equal(lowest, result.Lowest);
        Assert.Equal(highest, result.Highest);
    }

    [Fact]
    public void WhippleWithin_ClassicBounds_SameAsWhipple()
    {
        Assert.Equal(HeapingIndex.Whipple(Ages()).Index, HeapingIndex.WhippleWithin(Ages(), 23, 62).Index, 1e-12);
    }

    [Fact]
    public void Whipple_RangeNotWholeBlocks_Throws()
    {
        Assert.Throws<ArgumentException>(() => HeapingIndex.Whipple([new ValueCount(30, 1)], 23, 60));
    }

    [Fact]
    public void Myers_FlatCounts_Zero()
    {
        var counts = Enumerable.Range(10, 80).Select(a => new ValueCount(a, 50)).ToList();

        Assert.Equal(0, HeapingIndex.Myers(counts).Index, 1e-12);
    }

    [Fact]
    public void Myers_AllOnDigitZero_Ninety()
    {
        // 100 at 10, 20, …, 80: digit 0 takes the whole blended total, so the index is 50 × (0.9 + 9 × 0.1) = 90.
        var counts = Enumerable.Range(1, 8).Select(k => new ValueCount(10 * k, 100)).ToList();

        var result = HeapingIndex.Myers(counts);

        Assert.Equal(90, result.Index, 1e-12);
        Assert.Equal((700 * 1) + (700 * 9), result.Digits[0].Observed, 1e-9);
    }

    private static List<ValueCount> Ages()
    {
        var ages = StatisticsData.Column("Digits/pop1m_pasex.csv", 0);
        var counts = StatisticsData.Column("Digits/pop1m_pasex.csv", 1);
        return ages.Zip(counts, (a, c) => new ValueCount((int)a, c)).ToList();
    }
}
