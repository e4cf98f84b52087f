namespace Goodhart.Tests.Statistics.Density;

public sealed class DensityDiscontinuityTestTests
{
    public static IEnumerable<object[]> Baseline => RddensityBaseline.Cases("rddensity_");

    [Theory]
    [MemberData(nameof(Baseline))]
    public void Run_RddensityNumericalBaseline_MatchesPackage(string caseName, string metric, double expected)
    {
        // The rddensity authors' fixture (README.md here); NaN there means "not computed" and must stay so.
        BaselineAssert.Close(expected, RddensityBaseline.Actual(caseName, metric));
    }
}
