using System.Globalization;
using Goodhart.Web.Cards;

namespace Goodhart.Web.Api;

/// <summary>A measure's card as sent to the API. Only <see cref="Name"/> is required.</summary>
/// <param name="Name">What the measure is called; unique in the registry.</param>
/// <param name="Definition">What is counted, in words.</param>
/// <param name="Formula">How the number is worked out.</param>
/// <param name="Unit">The unit of the number.</param>
/// <param name="Direction">Increase, Decrease or Neutral (the default).</param>
/// <param name="Owner">The person answerable for the measure.</param>
/// <param name="Cadence">Weekly (the default), Fortnightly, Monthly, Quarterly or Yearly.</param>
/// <param name="LastReviewedOn">When it was last reviewed (yyyy-mm-dd).</param>
/// <param name="Purpose">Why the measure exists.</param>
/// <param name="BehaviourToReinforce">The behaviour it should reinforce.</param>
/// <param name="DecisionInformed">The decision it informs.</param>
/// <param name="Outcome">The outcome it is about.</param>
/// <param name="OutcomeAim">Prevent or Accelerate.</param>
/// <param name="Timing">Leading or Lagging.</param>
/// <param name="Role">Outcome, Process or Balancing.</param>
/// <param name="TargetValue">The target, if any.</param>
/// <param name="TargetRationale">Why the target is where it is.</param>
/// <param name="TargetAttachment">Nothing (the default), LeagueTable, Pay or Inspection.</param>
/// <param name="BalancingMeasureIds">The ids of the measures that balance this one.</param>
public sealed record MeasureRequest(
    string? Name,
    string? Definition = null,
    string? Formula = null,
    string? Unit = null,
    string? Direction = null,
    string? Owner = null,
    string? Cadence = null,
    DateOnly? LastReviewedOn = null,
    string? Purpose = null,
    string? BehaviourToReinforce = null,
    string? DecisionInformed = null,
    string? Outcome = null,
    string? OutcomeAim = null,
    string? Timing = null,
    string? Role = null,
    double? TargetValue = null,
    string? TargetRationale = null,
    string? TargetAttachment = null,
    IReadOnlyList<Guid>? BalancingMeasureIds = null)
{
    internal MeasureInput ToInput() => new()
    {
        Name = Name,
        Definition = Definition,
        Formula = Formula,
        Unit = Unit,
        Direction = Direction,
        Owner = Owner,
        Cadence = Cadence,
        LastReviewedOn = LastReviewedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Purpose = Purpose,
        BehaviourToReinforce = BehaviourToReinforce,
        DecisionInformed = DecisionInformed,
        Outcome = Outcome,
        OutcomeAim = OutcomeAim,
        Timing = Timing,
        Role = Role,
        TargetValue = TargetValue?.ToString("R", CultureInfo.InvariantCulture),
        TargetRationale = TargetRationale,
        TargetAttachment = TargetAttachment,
        BalancingMeasureIds = [.. BalancingMeasureIds ?? []],
    };
}
