using Goodhart.Registry;
using Goodhart.Spc;
using Goodhart.Store;

namespace Goodhart.Web.Cards;

/// <summary>A card's fields after validation: trimmed, parsed, empty text as <c>null</c>.</summary>
internal sealed record MeasureValues(
    string Name,
    string? Definition,
    string? Formula,
    string? Unit,
    ImprovementDirection Direction,
    string? Owner,
    ReviewCadence Cadence,
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
    IReadOnlyList<Guid> BalancingMeasureIds)
{
    public void ApplyTo(Measure measure)
    {
        measure.Name = Name;
        measure.Definition = Definition;
        measure.Formula = Formula;
        measure.Unit = Unit;
        measure.Direction = Direction;
        measure.Owner = Owner;
        measure.Cadence = Cadence;
        measure.LastReviewedOn = LastReviewedOn;
        measure.Purpose = Purpose;
        measure.BehaviourToReinforce = BehaviourToReinforce;
        measure.DecisionInformed = DecisionInformed;
        measure.Outcome = Outcome;
        measure.OutcomeAim = OutcomeAim;
        measure.Timing = Timing;
        measure.Role = Role;
        measure.TargetValue = TargetValue;
        measure.TargetRationale = TargetRationale;
        measure.TargetAttachment = TargetAttachment;
        measure.BalancingLinks.RemoveAll(l => !BalancingMeasureIds.Contains(l.BalancingMeasureId));
        foreach (var id in BalancingMeasureIds.Where(id => measure.BalancingLinks.All(l => l.BalancingMeasureId != id)))
        {
            measure.BalancingLinks.Add(new BalancingLink { MeasureId = measure.Id, BalancingMeasureId = id });
        }
    }
}
