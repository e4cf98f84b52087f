using Goodhart.Registry;
using Goodhart.Spc;

namespace Goodhart.Store;

/// <summary>A measure's card as stored: every field the registry keeps about one measure.</summary>
public sealed class Measure
{
    /// <summary>The measure's identity, made by the application (not the database) so both engines agree.</summary>
    public Guid Id { get; set; }

    /// <summary>What the measure is called; unique in the registry.</summary>
    public string Name { get; set; } = "";

    /// <summary>What is counted, in words.</summary>
    public string? Definition { get; set; }

    /// <summary>How the number is worked out: numerator, denominator, exclusions.</summary>
    public string? Formula { get; set; }

    /// <summary>The unit the number is in (minutes, % of calls, cases).</summary>
    public string? Unit { get; set; }

    /// <summary>Which way is better.</summary>
    public ImprovementDirection Direction { get; set; }

    /// <summary>The one person answerable for the measure.</summary>
    public string? Owner { get; set; }

    /// <summary>How often it is reviewed.</summary>
    public ReviewCadence Cadence { get; set; }

    /// <summary>Why the measure exists.</summary>
    public string? Purpose { get; set; }

    /// <summary>The behaviour it should reinforce in the people whose work it counts.</summary>
    public string? BehaviourToReinforce { get; set; }

    /// <summary>The decision the number informs.</summary>
    public string? DecisionInformed { get; set; }

    /// <summary>The outcome it is about.</summary>
    public string? Outcome { get; set; }

    /// <summary>Whether that outcome is to be prevented or accelerated.</summary>
    public OutcomeAim? OutcomeAim { get; set; }

    /// <summary>Leading or lagging, when said.</summary>
    public IndicatorTiming? Timing { get; set; }

    /// <summary>Outcome, process or balancing measure, when said.</summary>
    public MeasureRole? Role { get; set; }

    /// <summary>Its target, or <c>null</c> if it has none.</summary>
    public double? TargetValue { get; set; }

    /// <summary>Why the target is where it is.</summary>
    public string? TargetRationale { get; set; }

    /// <summary>What hangs on the target being met.</summary>
    public TargetAttachment TargetAttachment { get; set; }

    /// <summary>When the card was added.</summary>
    public DateOnly CreatedOn { get; set; }

    /// <summary>
    /// When the measure was last reviewed. A stand-in until review meetings are stored; the health check reads it.
    /// </summary>
    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>The measures linked to this one as its balancing measures.</summary>
    public List<BalancingLink> BalancingLinks { get; set; } = [];
}
