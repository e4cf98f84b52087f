using Goodhart.Statistics.Digits;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Digits;

public sealed class BenfordTestTests
{
    [Fact]
    public void Run_SinoForestFirstDigits_ReproducesDigitTests()
    {
        // digitTests, tests/testthat/test-distr.test.R ("Validate Derks et al. (2020)"): distr.test(sinoForest$value,
        // check = 'first', reference = 'benford') gives n = 772, X-squared = 7.6517426989499855, df = 8,
        // p = 0.46820638130036729; the same test checks these against benford.analysis. MAD 0.0065981352 is from an
        // independent Python script of Nigrini's eq. 7.7 (observed counts 231 124 97 70 64 54 40 54 38), which puts
        // it in Nigrini's "acceptable" range (0.006–0.012).
        var result = BenfordTest.Run(StatisticsData.Column("Digits/sinoForest.csv", 0));

        Assert.Equal(772, result.Count);
        Assert.Equal(0, result.Skipped);
        Assert.Equal(7.6517426989499855, result.ChiSquare, 1e-12);
        Assert.Equal(8, result.DegreesOfFreedom);
        Assert.Equal(0.46820638130036729, result.PValue, 1e-12);
        Assert.Equal(0.006598135219508671, result.MeanAbsoluteDeviation, 1e-14);
        Assert.Equal(BenfordConformity.Acceptable, result.Conformity);
        Assert.Equal([231.0, 124, 97, 70, 64, 54, 40, 54, 38], result.Frequencies.Select(f => f.Observed));
        Assert.Equal(772 * Math.Log10(2), result.Frequencies[0].Expected, 1e-9);
    }

    [Fact]
    public void Run_SinoForestFirstTwoDigits_NonconformingMad()
    {
        // Independent Python script (digits from the value printed as %.14e): χ² = 166.8162387771262 on 89 df,
        // p = 1.1394459068371603e-06, MAD = 0.003463886872916922, above Nigrini's 0.0022 limit for first-two digits.
        var result = BenfordTest.Run(StatisticsData.Column("Digits/sinoForest.csv", 0), BenfordDigits.FirstTwo);

        Assert.Equal(90, result.Frequencies.Count);
        Assert.Equal(89, result.DegreesOfFreedom);
        Assert.Equal(166.8162387771262, result.ChiSquare, 1e-9);
        Assert.Equal(1.1394459068371603e-06, result.PValue, 1e-15);
        Assert.Equal(0.003463886872916922, result.MeanAbsoluteDeviation, 1e-14);
        Assert.Equal(BenfordConformity.Nonconformity, result.Conformity);
    }

    [Fact]
    public void Run_AllLeadingOnes_HandComputedStatistics()
    {
        // Ten values all starting with 1. χ² = Σ O²/E − n = 10²/(10·log₁₀2) − 10 = 10·(1/0.30103 − 1) = 23.2192809;
        // df 8 is even, so p = e^(−x/2)·Σ_{i<4} (x/2)^i/i! = 0.0030938325.
        // MAD = (|1 − log₁₀2| + Σ_{d≥2} log₁₀(1 + 1/d)) / 9 = 2·(1 − log₁₀2)/9 = 0.1553266676.
        double[] values = [1, 10, 100, 1.5, 19, 0.1, 0.0123, 1e9, 17.5, 1.99];

        var result = BenfordTest.Run(values);

        Assert.Equal(23.21928094887362, result.ChiSquare, 1e-10);
        Assert.Equal(0.0030938324570966677, result.PValue, 1e-12);
        Assert.Equal(0.1553266676302264, result.MeanAbsoluteDeviation, 1e-12);
        Assert.Equal(BenfordConformity.Nonconformity, result.Conformity);
    }

    [Fact]
    public void Run_ZeroNegativeAndNaN_SkippedAndCounted()
    {
        double[] values = [0, -5, double.NaN, double.PositiveInfinity, 3];

        var result = BenfordTest.Run(values);

        Assert.Equal(1, result.Count);
        Assert.Equal(4, result.Skipped);
        Assert.Equal(1, result.Frequencies[2].Observed);
    }

    [Theory]
    [InlineData(0.0123, BenfordDigits.First, 1)]
    [InlineData(9.99, BenfordDigits.First, 9)]
    [InlineData(0.30000000000000004, BenfordDigits.First, 3)] // 0.1 + 0.2: binary noise does not make it a 2
    [InlineData(123.4, BenfordDigits.FirstTwo, 12)]
    [InlineData(5, BenfordDigits.FirstTwo, 50)] // 5 is 5.0…: first two digits 5 and 0
    [InlineData(0.000987, BenfordDigits.FirstTwo, 98)]
    public void Leading_Values_SignificantDigits(double value, BenfordDigits digits, int expected)
    {
        Assert.Equal(expected, BenfordTest.Leading(value, digits));
    }
}
