namespace Goodhart.Reviews;

/// <summary>One item of a review's agenda, in plain words.</summary>
/// <param name="Kind">What kind of item it is.</param>
/// <param name="Text">The item as the agenda says it.</param>
/// <param name="MeasureId">The measure it is about, or <c>null</c>.</param>
/// <param name="Signal">The signal to give a disposition, for <see cref="AgendaItemKind.NewSignal"/>.</param>
/// <param name="ActionId">The action, for <see cref="AgendaItemKind.OpenAction"/>.</param>
public sealed record AgendaItem(AgendaItemKind Kind, string Text, Guid? MeasureId = null, MeasureSignal? Signal = null, Guid? ActionId = null);
