using Goodhart.Statistics.Density;

namespace Goodhart.Tests.Statistics.Density;

public sealed class DensityBandwidthSelectionTests
{
    private static readonly DensityBandwidthSelection Candidates = new(
        Left: new(1, 0, 0), Right: new(3, 0, 0), Difference: new(2, 0, 0), Sum: new(5, 0, 0), Full: 10, LeftCount: 5, RightCount: 5);

    [Theory]
    // Unrestricted "comb": left = median(1, 2, 5) = 2, right = median(3, 2, 5) = 3 (rddensity's median rule).
    [InlineData(BandwidthRule.Combined, DensityFitModel.Unrestricted, 2, 3)]
    // Restricted "comb": min(difference, sum) = min(2, 5) on both sides.
    [InlineData(BandwidthRule.Combined, DensityFitModel.Restricted, 2, 2)]
    [InlineData(BandwidthRule.Each, DensityFitModel.Unrestricted, 1, 3)]
    [InlineData(BandwidthRule.Difference, DensityFitModel.Restricted, 2, 2)]
    [InlineData(BandwidthRule.Sum, DensityFitModel.Unrestricted, 5, 5)]
    public void Choose_Rule_PicksPackageBandwidths(BandwidthRule rule, DensityFitModel fit, double left, double right)
    {
        Assert.Equal(new DensityBandwidths(left, right), Candidates.Choose(rule, fit));
    }

    [Fact]
    public void Choose_EachWithRestrictedFit_Throws()
    {
        Assert.Throws<ArgumentException>(() => Candidates.Choose(BandwidthRule.Each, DensityFitModel.Restricted));
    }
}
