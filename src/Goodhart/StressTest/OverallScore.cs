namespace Goodhart.StressTest;

/// <summary>The overall distortion-risk score.</summary>
/// <param name="Score">The power mean of the dimension scores (0–100), which lets one very high dimension carry it.</param>
/// <param name="Band">Its band.</param>
/// <param name="Confidence">The mean of the dimension confidences (0–1).</param>
/// <param name="DimensionShares">Points of the overall score due to each dimension, by dimension id; they sum to the score.</param>
/// <param name="Contributions">Points of the overall score due to each answer, largest first; they sum to the score.</param>
public sealed record OverallScore(
    double Score,
    Band Band,
    double Confidence,
    IReadOnlyDictionary<string, double> DimensionShares,
    IReadOnlyList<Contribution> Contributions);
