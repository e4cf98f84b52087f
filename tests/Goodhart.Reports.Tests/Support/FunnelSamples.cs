using Goodhart.Spc;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Tests.Support;

/// <summary>Small funnels built in code for the output tests.</summary>
internal static class FunnelSamples
{
    /// <summary>
    /// Six units around 20%, one of them ("Far, Trust") at 60 of 100, far beyond the 99.8% limits; no adjustment,
    /// exact limits, higher is better.
    /// </summary>
    public static FunnelResult Proportions() => FunnelAnalysis.Run(
        [
            new FunnelUnit("Alpha", 10, 100),
            new FunnelUnit("Beta", 30, 100),
            new FunnelUnit("Gamma", 40, 200),
            new FunnelUnit("Delta", 50, 200),
            new FunnelUnit("Epsilon", 30, 200),
            new FunnelUnit("Far, Trust", 60, 100),
        ],
        new FunnelOptions(FunnelKind.Proportion, Target: 0.2, Adjustment: FunnelAdjustment.None, Direction: ImprovementDirection.Increase, Multiplier: 100));

    /// <summary>Twelve over-dispersed units with the automatic (additive) adjustment.</summary>
    public static FunnelResult Overdispersed() => FunnelAnalysis.Run(
        Enumerable.Range(0, 12).Select(i => new FunnelUnit($"U{i}", (i % 2 == 0 ? 0.1 : 0.3) * (100 + (50 * i)), 100 + (50 * i))).ToList(),
        new FunnelOptions(FunnelKind.Proportion));
}
