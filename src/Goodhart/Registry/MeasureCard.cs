namespace Goodhart.Registry;

/// <summary>
/// The parts of a measure's card the health check reads. Text fields are <c>null</c> or blank when the card leaves
/// them empty.
/// </summary>
/// <param name="Id">The measure's identity in the registry.</param>
/// <param name="Name">What the measure is called.</param>
/// <param name="Definition">What is counted, in words.</param>
/// <param name="Formula">How the number is worked out (numerator, denominator, exclusions).</param>
/// <param name="Owner">The one person answerable for the measure.</param>
/// <param name="DecisionInformed">The decision the number is there to inform.</param>
/// <param name="Cadence">How often it should be reviewed.</param>
/// <param name="CreatedOn">When the card was added to the registry.</param>
/// <param name="LastReviewedOn">When it was last reviewed, or <c>null</c> if never.</param>
/// <param name="TargetValue">Its target, or <c>null</c> if it has none.</param>
/// <param name="TargetAttachment">What hangs on the target being met.</param>
/// <param name="BalancingMeasureIds">The measures linked to it as balancing measures.</param>
public sealed record MeasureCard(
    Guid Id,
    string Name,
    string? Definition,
    string? Formula,
    string? Owner,
    string? DecisionInformed,
    ReviewCadence Cadence,
    DateOnly CreatedOn,
    DateOnly? LastReviewedOn,
    double? TargetValue,
    TargetAttachment TargetAttachment,
    IReadOnlyList<Guid> BalancingMeasureIds);
