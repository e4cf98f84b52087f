using Goodhart.Statistics.Bunching;
using MathNet.Numerics.Distributions;

namespace Goodhart.Tests.Statistics.Bunching;

/// <summary>
/// Seeded simulations with known truth: waiting times around a four-hour (240-minute) target, binned in 5-minute
/// bins, 20 each side, degree-4 counterfactual.
/// </summary>
public sealed class BunchingEstimatorSimulationTests
{
    private const int Seeds = 20;
    private const int Cases = 20_000;

    private static readonly BunchingOptions Options = new(240, 5, 20, 20)
    {
        PolynomialDegree = 4,
        ExcludedBelow = 1,
        CorrectIntegration = false,
        BootstrapReplicates = 400,
    };

    [Fact]
    public void Estimate_SmoothTimes_ExcessNearZeroAndIntervalCoversZeroInMostSeeds()
    {
        // Truth: no bunching, so B = 0. A 95% interval should cover 0 in about 19 of 20 seeds; we ask for 16
        // (the binomial(20, 0.95) probability of 15 or fewer is about 0.016).
        var covered = 0;
        var normalised = new List<double>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var result = BunchingEstimator.Estimate(SmoothTimes(seed), Options with { Seed = seed });
            covered += result.Bootstrap!.ExcessMassInterval.Covers(0) ? 1 : 0;
            normalised.Add(result.NormalisedExcess);
        }

        Assert.True(covered >= 16, $"the interval covered 0 in {covered} of {Seeds} seeds");
        Assert.InRange(normalised.Average(), -0.3, 0.3); // b averages near 0 (one bin's count ≈ 600, noise ≈ ±25)
    }

    [Fact]
    public void Estimate_MassMovedBelowTarget_LargeNormalisedExcess()
    {
        // Truth: half the cases that would have left between 240 and 270 minutes are hurried out in the 5 minutes
        // before the target, about 0.5 × 20,000 × P(240 < T < 270) ≈ 1,900 cases, i.e. b ≈ 1,900 / 600 ≈ 3 bins'
        // worth of cases (the moved cases' absence above 240 also lowers the fit slightly).
        for (var seed = 1; seed <= 5; seed++)
        {
            var result = BunchingEstimator.Estimate(GamedTimes(seed), Options with { Seed = seed });

            Assert.True(result.NormalisedExcess > 2, $"seed {seed}: b = {result.NormalisedExcess}");
            Assert.False(result.Bootstrap!.ExcessMassInterval.Covers(0));
            Assert.True(result.PValue < 1e-4);
        }
    }

    private static double[] SmoothTimes(int seed)
    {
        var normal = new Normal(200, 60, new Random(seed));
        var times = new double[Cases];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = normal.Sample();
        }

        return times;
    }

    private static double[] GamedTimes(int seed)
    {
        var times = SmoothTimes(seed);
        var random = new Random(seed + 1000);
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] > 240 && times[i] < 270 && random.NextDouble() < 0.5)
            {
                times[i] = 235 + (5 * random.NextDouble());
            }
        }

        return times;
    }
}
