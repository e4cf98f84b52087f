using Goodhart.Detection;

namespace Goodhart.Tests.Detection;

public sealed class StepScanTests
{
    [Fact]
    public void Run_OneStratumOneSplit_MatchesHandComputation()
    {
        // Six periods of 100 cases, 10, 10, 10, 20, 20, 20 with the feature; three periods each side leaves one split.
        // Mantel–Haenszel (one stratum): N = 600, X = 90, n₀ = n₁ = 300, x₁ = 60, E = 300 × 90 / 600 = 45,
        // V = 300 × 300 × 90 × 510 / (600² × 599) = 4.131e9 / 2.1564e8 = 19.156929; Z = 15 / √19.156929 = 3.427112.
        // Step: 0.2 − 0.1 = 0.1; variance 0.2 × 0.8 / 300 + 0.1 × 0.9 / 300 = 0.00083333, se 0.0288675, the shares fit
        // their segments exactly (dispersion 0, so no widening): interval 0.1 ± 1.959964 × 0.0288675 = [0.043422, 0.156578].
        // Only 1 of the C(6, 3) = 20 orders puts the three high periods last, so the permutation p-value is about 1/20.
        double[][] trials = [[100], [100], [100], [100], [100], [100]];
        double[][] successes = [[10], [10], [10], [20], [20], [20]];

        var result = StepScan.Run(trials, successes, 3, 999, 1, 0.95);

        Assert.Equal(3, result.Split);
        Assert.Equal(3.427112, result.Statistic, 5);
        Assert.Equal(0.1, result.Step, 12);
        Assert.Equal(0.043422, result.StepInterval.Lower, 5);
        Assert.Equal(0.156578, result.StepInterval.Upper, 5);
        Assert.Equal(0.1, result.Before, 12);
        Assert.Equal(0.2, result.After, 12);
        Assert.Equal(0, result.Dispersion, 12);
        Assert.InRange(result.P, 0.03, 0.075);
    }

    [Fact]
    public void MaxStatistic_StepDown_ScoresBelowZero()
    {
        // One-sided: a fall is not a step up, so every split scores negative.
        double[][] trials = [[100], [100], [100], [100]];
        double[][] successes = [[30], [30], [10], [10]];

        var (_, statistic) = StepScan.MaxStatistic(trials, successes, 1);

        Assert.True(statistic < 0, $"statistic {statistic}");
    }

    [Fact]
    public void Run_SameSeed_SameP()
    {
        double[][] trials = [[50, 40], [60, 40], [50, 30], [70, 40], [50, 40], [60, 50], [50, 40], [40, 40]];
        double[][] successes = [[5, 8], [7, 6], [6, 5], [12, 9], [10, 8], [11, 12], [9, 9], [8, 10]];

        Assert.Equal(StepScan.Run(trials, successes, 2, 199, 7, 0.95).P, StepScan.Run(trials, successes, 2, 199, 7, 0.95).P);
    }
}
