namespace Goodhart.Statistics.Bunching;

/// <summary>
/// The settings of a bunching estimate (Chetty, Friedman, Olsen &amp; Pistaferri 2011, QJE 126(2), section IV;
/// Kleven &amp; Waseem 2013, QJE 128(2), section V), named after the arguments of <c>bunchit</c> in the R package
/// <c>bunching</c> (Mavrokonstantis), whose defaults they keep unless said otherwise.
/// </summary>
/// <param name="Threshold">z*, the threshold where cases may bunch (e.g. 240 minutes for a four-hour target).</param>
/// <param name="BinWidth">w, the width of every bin (positive).</param>
/// <param name="BinsBelow">How many bins of the grid lie below z* (<c>bins_l</c>); the window starts at z* − w·<c>BinsBelow</c>.</param>
/// <param name="BinsAbove">How many bins of the grid lie above z* (<c>bins_r</c>); the window ends at z* + w·<c>BinsAbove</c>.</param>
public sealed record BunchingOptions(double Threshold, double BinWidth, int BinsBelow, int BinsAbove)
{
    /// <summary>The default number of bootstrap replicates.</summary>
    public const int DefaultReplicates = 1000;

    /// <summary>The default bootstrap seed.</summary>
    public const int DefaultSeed = 20111;

    /// <summary>The order p of the counterfactual polynomial in (z − z*)/w (<c>poly</c>; the package's default is 9).</summary>
    public int PolynomialDegree { get; init; } = 9;

    /// <summary>Bins just below z*'s bin that belong to the bunching region and are left out of the fit (<c>bins_excl_l</c>).</summary>
    public int ExcludedBelow { get; init; }

    /// <summary>Bins just above z*'s bin that belong to the bunching region and are left out of the fit (<c>bins_excl_r</c>).</summary>
    public int ExcludedAbove { get; init; }

    /// <summary>
    /// Up to two round numbers whose multiples attract cases for reasons of their own (<c>rn</c>): every bin whose
    /// label is a multiple gets a dummy, so heaping on round values (a clock read to 5 or 15 minutes) is not mistaken
    /// for the counterfactual's shape. When the larger is a multiple of the smaller, the smaller's dummy is off on the
    /// larger's bins, as in the package. The dummies stay in the counterfactual, so heaping at z* that the round
    /// number explains is not counted as bunching.
    /// </summary>
    public IReadOnlyList<double> RoundNumbers { get; init; } = [];

    /// <summary>Labels of other bins in the window with a bunching mass of their own, each given a dummy (<c>extra_fe</c>); they must lie outside the bunching region.</summary>
    public IReadOnlyList<double> OtherBunchingBins { get; init; } = [];

    /// <summary>
    /// Whether z* is a notch (<c>notch</c>): a jump in the level of the incentive, such as a target that is met or
    /// breached, which leaves a region just above z* that no one should choose (Kleven &amp; Waseem 2013). Then B counts
    /// only the excess at or below z*, normalised by the counterfactual in z*'s bin, and the bins of the region above
    /// z* measure the missing mass.
    /// </summary>
    public bool Notch { get; init; }

    /// <summary>
    /// For a notch, keep <see cref="ExcludedAbove"/> as given (<c>force_notch</c>) rather than search for it. The
    /// search (the default) starts at one bin above z* and widens the region while the excess below still exceeds
    /// the missing mass above, keeping the widest such region (bunchit with <c>force_notch = FALSE</c>).
    /// </summary>
    public bool FixRegionAbove { get; init; }

    /// <summary>Where z* sits in its bin, which fixes the grid (<c>binv</c>; default median).</summary>
    public BinValue BinValue { get; init; } = BinValue.Median;

    /// <summary>
    /// Whether to correct for the integration constraint (<c>correct</c>, default on): the bunchers must come from
    /// above z*, so the counterfactual above z* is shifted up until it holds the excess mass (Chetty et al. 2011,
    /// section IV.A).
    /// </summary>
    public bool CorrectIntegration { get; init; } = true;

    /// <summary>With the correction on, shift only the bins above the bunching region rather than all bins above z* (<c>correct_above_zu</c>).</summary>
    public bool CorrectAboveRegion { get; init; }

    /// <summary>The most refits the correction may make (<c>correct_iter_max</c>, default 200).</summary>
    public int CorrectionMaxIterations { get; init; } = 200;

    /// <summary>How many residual-bootstrap replicates to draw for the standard errors and intervals; 0 for none.</summary>
    public int BootstrapReplicates { get; init; } = DefaultReplicates;

    /// <summary>The seed of the bootstrap, so the same histogram always gives the same interval.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The coverage of the percentile bootstrap intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The label of the lowest bin of the window.</summary>
    public double LowestBin => Threshold + BinWidth * LowestOffset;

    /// <summary>How many bins the window holds: BinsBelow + BinsAbove − 1 for median bins (the package drops the half bins at both ends), BinsBelow + BinsAbove otherwise.</summary>
    public int BinCount => HighestOffset - LowestOffset + 1;

    /// <summary>The bin offset k (label z* + k·w) of the lowest bin of the window.</summary>
    internal int LowestOffset => BinValue switch
    {
        BinValue.Median => -(BinsBelow - 1),
        BinValue.Min => -BinsBelow,
        _ => -(BinsBelow - 1),
    };

    /// <summary>The bin offset k of the highest bin of the window.</summary>
    internal int HighestOffset => BinValue switch
    {
        BinValue.Median => BinsAbove - 1,
        BinValue.Min => BinsAbove - 1,
        _ => BinsAbove,
    };

    /// <summary>Checks the settings and throws on one that cannot work, naming it.</summary>
    internal void Validate()
    {
        if (!double.IsFinite(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must be a finite number.");
        }

        if (!double.IsFinite(BinWidth) || BinWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BinWidth), BinWidth, "The bin width must be a positive finite number.");
        }

        // bunchit keeps at least five bins each side outside the region, so a side needs six bins at the least.
        ArgumentOutOfRangeException.ThrowIfLessThan(BinsBelow, 6, nameof(BinsBelow));
        ArgumentOutOfRangeException.ThrowIfLessThan(BinsAbove, 6, nameof(BinsAbove));
        ArgumentOutOfRangeException.ThrowIfNegative(PolynomialDegree, nameof(PolynomialDegree));
        ArgumentOutOfRangeException.ThrowIfNegative(ExcludedBelow, nameof(ExcludedBelow));
        ArgumentOutOfRangeException.ThrowIfNegative(ExcludedAbove, nameof(ExcludedAbove));
        ArgumentOutOfRangeException.ThrowIfNegative(BootstrapReplicates, nameof(BootstrapReplicates));
        ArgumentOutOfRangeException.ThrowIfLessThan(CorrectionMaxIterations, 1, nameof(CorrectionMaxIterations));

        // The package's own guard: at least five bins on each side outside the bunching region.
        if (ExcludedBelow >= BinsBelow - 5)
        {
            throw new ArgumentOutOfRangeException(nameof(ExcludedBelow), ExcludedBelow, "The bunching region below the threshold is too wide: keep at least five more bins below it (raise BinsBelow).");
        }

        if (ExcludedAbove >= BinsAbove - 5)
        {
            throw new ArgumentOutOfRangeException(nameof(ExcludedAbove), ExcludedAbove, "The bunching region above the threshold is too wide: keep at least five more bins above it (raise BinsAbove).");
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        ArgumentNullException.ThrowIfNull(RoundNumbers, nameof(RoundNumbers));
        ArgumentNullException.ThrowIfNull(OtherBunchingBins, nameof(OtherBunchingBins));
        if (RoundNumbers.Count > 2 || RoundNumbers.Any(r => !double.IsFinite(r) || r <= 0) || RoundNumbers.Distinct().Count() != RoundNumbers.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(RoundNumbers), "Give at most two different positive round numbers.");
        }

        var parameters = 1 + PolynomialDegree + 1 + ExcludedBelow + ExcludedAbove + RoundNumbers.Count + OtherBunchingBins.Count;
        if (BinCount <= parameters)
        {
            throw new ArgumentOutOfRangeException(nameof(PolynomialDegree), PolynomialDegree, $"The window holds {BinCount} bins, too few to fit {parameters} coefficients: lower the degree or widen the window.");
        }
    }
}
