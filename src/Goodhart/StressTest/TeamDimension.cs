namespace Goodhart.StressTest;

/// <summary>One dimension across a team.</summary>
/// <param name="DimensionId">The dimension id, or <c>overall</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Median">The median of the respondents' scores.</param>
/// <param name="Band">The band of the median.</param>
/// <param name="Min">The lowest score.</param>
/// <param name="Max">The highest score.</param>
/// <param name="Confidence">The median of the respondents' confidences.</param>
/// <param name="Contributions">Each answer's contribution averaged over respondents, largest first; they sum to the mean score (not the median).</param>
/// <param name="RoleMedians">Median score per role (respondents without a role count as <c>unspecified</c>).</param>
public sealed record TeamDimension(
    string DimensionId,
    string Title,
    double Median,
    Band Band,
    double Min,
    double Max,
    double Confidence,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyDictionary<string, double> RoleMedians);
