using FsCheck.Xunit;
using Goodhart.Statistics.Bunching;

namespace Goodhart.Tests.Statistics.Bunching;

/// <summary>Laws of the bunching estimator, whatever the data.</summary>
public sealed class BunchingLawTests
{
    private static readonly BunchingOptions Options = new(240, 5, 12, 12)
    {
        PolynomialDegree = 3,
        ExcludedBelow = 2,
        CorrectIntegration = false,
        BootstrapReplicates = 0,
    };

    [Property(MaxTest = 200)]
    public bool FromValues_AnyValues_CountsAddUpToTheValuesInTheWindow(int[] raw)
    {
        var values = raw.Select(r => 240 + (r % 100) + ((r % 7) / 7.0)).ToArray();
        var bins = BunchingHistogram.FromValues(values, Options);

        return bins.Sum(b => b.Count) == values.Count(v => BunchingHistogram.BinOffset(v, Options) is not null);
    }

    [Property(MaxTest = 200)]
    public bool Estimate_AnyValues_ExcessIsObservedMinusCounterfactualOverTheRegion(int[] raw)
    {
        var values = raw.Select(r => 240 + (r % 70) + ((r % 3) / 3.0)).ToArray();
        var result = BunchingEstimator.Estimate(values, Options);
        var region = result.Bins.Where(b => b.InBunchingRegion).ToList();

        return region.Count == 3
            && Math.Abs(result.ExcessMass - region.Sum(b => b.Excess)) < 1e-6 * (1 + values.Length)
            && Math.Abs(result.ExcessMass - result.RegionCoefficients.Sum()) < 1e-6 * (1 + values.Length);
    }
}
