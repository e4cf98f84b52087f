namespace Goodhart.Statistics.Bunching;

/// <summary>
/// The residual bootstrap of a bunching estimate, as the R package <c>bunching</c> draws it (<c>do_bootstrap</c>):
/// each replicate adds to every bin's count a residual of the fit drawn with replacement from all bins' residuals,
/// then re-estimates (with the integration correction when it is on). Standard errors are the replicates' standard
/// deviations (n − 1 denominator); intervals are percentile intervals (R's quantile type 7). The residuals are the
/// final fit's regression residuals, zero in the bunching region; with the correction on the package instead draws
/// counterfactual − count, which carries the excess mass itself into the draws, so we part from it there. Replicates
/// come from <see cref="System.Random"/> with the given seed, so they cannot match R's draws one for one.
/// </summary>
/// <param name="Replicates">How many replicates were drawn.</param>
/// <param name="Seed">The seed they were drawn with.</param>
/// <param name="ExcessMassStandardError">The standard deviation of the replicates' B.</param>
/// <param name="NormalisedExcessStandardError">The standard deviation of the replicates' b.</param>
/// <param name="ExcessMassInterval">The percentile interval of B.</param>
/// <param name="NormalisedExcessInterval">The percentile interval of b.</param>
/// <param name="ExcessMassReplicates">Every replicate's B, in the order drawn.</param>
/// <param name="NormalisedExcessReplicates">Every replicate's b, in the order drawn.</param>
public sealed record BunchingBootstrap(
    int Replicates,
    int Seed,
    double ExcessMassStandardError,
    double NormalisedExcessStandardError,
    BootstrapInterval ExcessMassInterval,
    BootstrapInterval NormalisedExcessInterval,
    IReadOnlyList<double> ExcessMassReplicates,
    IReadOnlyList<double> NormalisedExcessReplicates);
