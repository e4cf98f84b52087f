namespace Goodhart.Tests.Statistics.Density;

public sealed class DensityBandwidthSelectorTests
{
    public static IEnumerable<object[]> Baseline => RddensityBaseline.Cases("rdbwdensity_");

    [Theory]
    [MemberData(nameof(Baseline))]
    public void Select_RdbwdensityNumericalBaseline_MatchesPackage(string caseName, string metric, double expected)
    {
        // The rddensity authors' fixture (README.md here): rdbwdensity's bandwidth table and sample sizes.
        BaselineAssert.Close(expected, RddensityBaseline.Actual(caseName, metric));
    }
}
