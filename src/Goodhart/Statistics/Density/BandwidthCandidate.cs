namespace Goodhart.Statistics.Density;

/// <summary>One MSE-optimal bandwidth with the variance and squared-bias constants it balances.</summary>
/// <param name="Bandwidth">h = (V / (2p · B² · n))^(1/(2p+1)), after regularisation.</param>
/// <param name="Variance">The variance constant V = n·h·Var(estimator) at the pilot bandwidth; NaN if its estimate was negative.</param>
/// <param name="BiasSquared">The squared leading bias constant B².</param>
public readonly record struct BandwidthCandidate(double Bandwidth, double Variance, double BiasSquared);
