using Goodhart.Registry;

namespace Goodhart.Reviews;

/// <summary>What the agenda needs to know about one measure.</summary>
/// <param name="Id">The measure's identity.</param>
/// <param name="Name">What it is called.</param>
/// <param name="Cadence">How often it should be reviewed.</param>
/// <param name="CreatedOn">When its card was added.</param>
/// <param name="LastReviewedOn">When a review last discussed it, or <c>null</c> if never.</param>
/// <param name="LastStressTestOn">When it was last stress-tested, or <c>null</c> if never.</param>
/// <param name="Flags">Its health check's flags.</param>
public sealed record AgendaMeasure(
    Guid Id,
    string Name,
    ReviewCadence Cadence,
    DateOnly CreatedOn,
    DateOnly? LastReviewedOn,
    DateOnly? LastStressTestOn,
    IReadOnlyList<HealthFlag> Flags);
