namespace Goodhart.Web.Cards;

/// <summary>
/// A measure's card as typed into the form (or sent to the API): every field as text, so whatever a person typed is
/// shown back to them when something needs fixing. <see cref="MeasureValidator"/> turns it into values.
/// </summary>
public sealed class MeasureInput
{
    /// <summary>What the measure is called.</summary>
    public string? Name { get; set; }

    /// <summary>What is counted, in words.</summary>
    public string? Definition { get; set; }

    /// <summary>How the number is worked out.</summary>
    public string? Formula { get; set; }

    /// <summary>The unit of the number.</summary>
    public string? Unit { get; set; }

    /// <summary>Which way is better: Increase, Decrease or Neutral.</summary>
    public string? Direction { get; set; }

    /// <summary>The person answerable for the measure.</summary>
    public string? Owner { get; set; }

    /// <summary>Weekly, Fortnightly, Monthly, Quarterly or Yearly.</summary>
    public string? Cadence { get; set; }

    /// <summary>When it was last reviewed, as yyyy-mm-dd.</summary>
    public string? LastReviewedOn { get; set; }

    /// <summary>Why the measure exists.</summary>
    public string? Purpose { get; set; }

    /// <summary>The behaviour it should reinforce.</summary>
    public string? BehaviourToReinforce { get; set; }

    /// <summary>The decision it informs.</summary>
    public string? DecisionInformed { get; set; }

    /// <summary>The outcome it is about.</summary>
    public string? Outcome { get; set; }

    /// <summary>Prevent or Accelerate.</summary>
    public string? OutcomeAim { get; set; }

    /// <summary>Leading or Lagging.</summary>
    public string? Timing { get; set; }

    /// <summary>Outcome, Process or Balancing.</summary>
    public string? Role { get; set; }

    /// <summary>The target as a number, e.g. 95 or 0.95.</summary>
    public string? TargetValue { get; set; }

    /// <summary>Why the target is where it is.</summary>
    public string? TargetRationale { get; set; }

    /// <summary>Nothing, LeagueTable, Pay or Inspection.</summary>
    public string? TargetAttachment { get; set; }

    /// <summary>The measures that balance this one.</summary>
    public List<Guid> BalancingMeasureIds { get; set; } = [];
}
