using Goodhart.Registry;

namespace Goodhart.Store;

/// <summary>Turns stored measures into the core's cards for the health check.</summary>
public static class MeasureCards
{
    /// <summary>The health check's view of a stored measure (its balancing links must be loaded).</summary>
    public static MeasureCard ToCard(this Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new MeasureCard(
            measure.Id,
            measure.Name,
            measure.Definition,
            measure.Formula,
            measure.Owner,
            measure.DecisionInformed,
            measure.Cadence,
            measure.CreatedOn,
            measure.LastReviewedOn,
            measure.TargetValue,
            measure.TargetAttachment,
            [.. measure.BalancingLinks.Select(l => l.BalancingMeasureId)]);
    }
}
