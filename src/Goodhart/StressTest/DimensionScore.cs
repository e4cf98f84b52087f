namespace Goodhart.StressTest;

/// <summary>The distortion-risk score of one dimension.</summary>
/// <param name="DimensionId">The dimension id.</param>
/// <param name="Title">The dimension title.</param>
/// <param name="Score">The score, 0–100: the weighted item ratings, amplified by context, capped at 100.</param>
/// <param name="Band">The band of the score.</param>
/// <param name="BaseScore">The score from the items alone, before amplification.</param>
/// <param name="Multiplier">The context amplification: 1 means none, 1.5 means half as much again (before the cap).</param>
/// <param name="Confidence">The share of the items' weight that was rated (0–1); "not sure" and unanswered items lower it.</param>
/// <param name="Rated">How many items were rated.</param>
/// <param name="ItemCount">How many items the dimension has.</param>
/// <param name="Contributions">Every non-zero contribution, largest first; they sum to <see cref="Score"/>.</param>
public sealed record DimensionScore(
    string DimensionId,
    string Title,
    double Score,
    Band Band,
    double BaseScore,
    double Multiplier,
    double Confidence,
    int Rated,
    int ItemCount,
    IReadOnlyList<Contribution> Contributions);
