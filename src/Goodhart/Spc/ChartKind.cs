namespace Goodhart.Spc;

/// <summary>The kind of process behaviour chart.</summary>
public enum ChartKind
{
    /// <summary>Run chart: the values around their median, judged by runs rules only (no limits).</summary>
    Run,

    /// <summary>Individuals (I, the X of XmR) chart: limits at the mean ± 3 sigma, sigma from the mean moving range / 1.128.</summary>
    Individuals,

    /// <summary>Moving-range (mR) chart of an individuals chart: centre the mean moving range, upper limit 3.267 × it, lower limit 0.</summary>
    MovingRange,

    /// <summary>P chart: proportions y/n with binomial sigma √(p̄(1 − p̄)/nᵢ) per point.</summary>
    P,

    /// <summary>Laney's P′ chart: the P chart with its sigma widened by the between-point variation of the z-scores (Laney 2002).</summary>
    PPrime,

    /// <summary>U chart: rates y/n with Poisson sigma √(ū/nᵢ) per point.</summary>
    U,

    /// <summary>Laney's U′ chart: the U chart with its sigma widened by the between-point variation of the z-scores (Laney 2002).</summary>
    UPrime,

    /// <summary>C chart: counts with Poisson sigma √c̄.</summary>
    C,
}
