namespace Goodhart.Statistics.Density;

/// <summary>The t statistic for "no jump in the density at the cutoff" and its two-sided normal p-value.</summary>
/// <param name="T">The estimated jump divided by its standard error; NaN when the variance estimate was negative.</param>
/// <param name="PValue">2·(1 − Φ(|T|)).</param>
public readonly record struct DensityTestStatistic(double T, double PValue);
