using Goodhart.Registry;
using Goodhart.Spc;

namespace Goodhart.Web.Cards;

/// <summary>The choices of the card's lists, with the words shown for each.</summary>
public static class Choices
{
    /// <summary>Directions of good.</summary>
    public static IReadOnlyList<(ImprovementDirection Value, string Label)> Directions { get; } =
    [
        (ImprovementDirection.Increase, "Higher is better"),
        (ImprovementDirection.Decrease, "Lower is better"),
        (ImprovementDirection.Neutral, "Neither: it is watched, not pushed"),
    ];

    /// <summary>Review cadences.</summary>
    public static IReadOnlyList<(ReviewCadence Value, string Label)> Cadences { get; } =
        [.. Enum.GetValues<ReviewCadence>().Select(c => (c, Capital(c.Describe())))];

    /// <summary>Whether the outcome is to be prevented or accelerated.</summary>
    public static IReadOnlyList<(OutcomeAim Value, string Label)> OutcomeAims { get; } =
        [(OutcomeAim.Prevent, "Prevent it"), (OutcomeAim.Accelerate, "Accelerate it")];

    /// <summary>Leading or lagging.</summary>
    public static IReadOnlyList<(IndicatorTiming Value, string Label)> Timings { get; } =
        [(IndicatorTiming.Leading, "Leading: moves before the outcome"), (IndicatorTiming.Lagging, "Lagging: confirms the outcome after it")];

    /// <summary>Outcome, process or balancing.</summary>
    public static IReadOnlyList<(MeasureRole Value, string Label)> Roles { get; } =
        [(MeasureRole.Outcome, "Outcome"), (MeasureRole.Process, "Process"), (MeasureRole.Balancing, "Balancing")];

    /// <summary>What hangs on the target.</summary>
    public static IReadOnlyList<(TargetAttachment Value, string Label)> Attachments { get; } =
    [
        (TargetAttachment.Nothing, "Nothing"),
        (TargetAttachment.LeagueTable, "A league table"),
        (TargetAttachment.Pay, "Pay or contract payments"),
        (TargetAttachment.Inspection, "Inspection"),
    ];

    /// <summary>The words shown for a direction of good.</summary>
    public static string Label(ImprovementDirection value) => Find(Directions, value);

    /// <summary>The words shown for a review cadence.</summary>
    public static string Label(ReviewCadence value) => Find(Cadences, value);

    /// <summary>The words shown for an outcome's aim.</summary>
    public static string Label(OutcomeAim value) => Find(OutcomeAims, value);

    /// <summary>The words shown for leading or lagging.</summary>
    public static string Label(IndicatorTiming value) => Find(Timings, value);

    /// <summary>The words shown for a kind of measure.</summary>
    public static string Label(MeasureRole value) => Find(Roles, value);

    /// <summary>The words shown for what hangs on a target.</summary>
    public static string Label(TargetAttachment value) => Find(Attachments, value);

    private static string Find<T>(IReadOnlyList<(T Value, string Label)> choices, T value)
        where T : struct, Enum =>
        choices.Where(c => c.Value.Equals(value)).Select(c => c.Label).FirstOrDefault() ?? value.ToString();

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
