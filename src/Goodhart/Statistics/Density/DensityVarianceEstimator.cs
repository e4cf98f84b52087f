namespace Goodhart.Statistics.Density;

/// <summary>How the variance of the density estimators is estimated (Cattaneo, Jansson and Ma 2020, section 2).</summary>
public enum DensityVarianceEstimator
{
    /// <summary>The jackknife-based estimator built from the leave-one-out empirical distribution function; the default.</summary>
    Jackknife,

    /// <summary>The asymptotic plug-in formula: estimated density times a kernel constant, over n·h.</summary>
    PlugIn,
}
