namespace Goodhart.Spc;

/// <summary>Anhøj's runs figures of one phase.</summary>
/// <param name="UsefulPoints">Points off the centre line.</param>
/// <param name="LongestRun">The longest run on one side of the centre line.</param>
/// <param name="LongestRunLimit">A longer run is a signal.</param>
/// <param name="Crossings">Crossings of the centre line.</param>
/// <param name="CrossingsLimit">Fewer crossings are a signal.</param>
internal readonly record struct RunsStatistics(int UsefulPoints, int LongestRun, int LongestRunLimit, int Crossings, int CrossingsLimit)
{
    /// <summary>
    /// Anhøj's limits for <paramref name="useful"/> points off the centre line: a run longer than round(log₂ n) + 3
    /// (Schilling 2012) or fewer crossings than the 5% quantile of Binomial(n − 1, 0.5) (Chen 2010) is unlikely in
    /// a random sequence. As in qicharts2 (R/helper.functions.R, runs.analysis); R's round() rounds half to even,
    /// like <see cref="Math.Round(double)"/>.
    /// </summary>
    public static (int LongestRunLimit, int CrossingsLimit) LimitsFor(int useful) =>
        useful <= 0 ? (0, 0) : ((int)Math.Round(Math.Log2(useful)) + 3, BinomialQuantile.LowerFivePercentOfHalf(useful - 1));
}
