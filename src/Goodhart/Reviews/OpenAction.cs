namespace Goodhart.Reviews;

/// <summary>An action agreed at a review and not yet done.</summary>
/// <param name="Id">The action's identity.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueOn">By when.</param>
/// <param name="MeasureId">The measure it is about, or <c>null</c>.</param>
public sealed record OpenAction(Guid Id, string Text, string Owner, DateOnly DueOn, Guid? MeasureId);
