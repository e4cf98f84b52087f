using Goodhart.Registry;
using Goodhart.Spc;
using Goodhart.Web.Cards;

namespace Goodhart.Web.Api;

/// <summary>A measure's card as the API returns it, with its health check.</summary>
/// <param name="Id">The measure's id.</param>
/// <param name="Name">What the measure is called.</param>
/// <param name="Definition">What is counted, in words.</param>
/// <param name="Formula">How the number is worked out.</param>
/// <param name="Unit">The unit of the number.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Owner">The person answerable for the measure.</param>
/// <param name="Cadence">How often it is reviewed.</param>
/// <param name="CreatedOn">When the card was added.</param>
/// <param name="LastReviewedOn">When it was last reviewed.</param>
/// <param name="Purpose">Why the measure exists.</param>
/// <param name="BehaviourToReinforce">The behaviour it should reinforce.</param>
/// <param name="DecisionInformed">The decision it informs.</param>
/// <param name="Outcome">The outcome it is about.</param>
/// <param name="OutcomeAim">Whether the outcome is to be prevented or accelerated.</param>
/// <param name="Timing">Leading or lagging.</param>
/// <param name="Role">Outcome, process or balancing.</param>
/// <param name="TargetValue">The target, if any.</param>
/// <param name="TargetRationale">Why the target is where it is.</param>
/// <param name="TargetAttachment">What hangs on the target.</param>
/// <param name="BalancingMeasureIds">The measures that balance it.</param>
/// <param name="Healthy">Whether the health check raised no flag.</param>
/// <param name="HealthFlags">The signs of ornament found, each with its reason.</param>
public sealed record MeasureResponse(
    Guid Id,
    string Name,
    string? Definition,
    string? Formula,
    string? Unit,
    ImprovementDirection Direction,
    string? Owner,
    ReviewCadence Cadence,
    DateOnly CreatedOn,
    DateOnly? LastReviewedOn,
    string? Purpose,
    string? BehaviourToReinforce,
    string? DecisionInformed,
    string? Outcome,
    OutcomeAim? OutcomeAim,
    IndicatorTiming? Timing,
    MeasureRole? Role,
    double? TargetValue,
    string? TargetRationale,
    TargetAttachment TargetAttachment,
    IReadOnlyList<Guid> BalancingMeasureIds,
    bool Healthy,
    IReadOnlyList<HealthFlag> HealthFlags)
{
    internal static MeasureResponse From(MeasureEntry entry)
    {
        var m = entry.Measure;
        return new MeasureResponse(
            m.Id, m.Name, m.Definition, m.Formula, m.Unit, m.Direction, m.Owner, m.Cadence, m.CreatedOn, m.LastReviewedOn,
            m.Purpose, m.BehaviourToReinforce, m.DecisionInformed, m.Outcome, m.OutcomeAim, m.Timing, m.Role,
            m.TargetValue, m.TargetRationale, m.TargetAttachment, [.. entry.BalancedBy.Select(b => b.Id)],
            entry.Health.IsHealthy, entry.Health.Flags);
    }
}
