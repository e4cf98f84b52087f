namespace Goodhart.Reviews;

/// <summary>The agenda of a team's next review.</summary>
/// <param name="Since">The day changes are counted from: the last review, or the look-back before a first one.</param>
/// <param name="IsFirst">Whether the team has not met yet.</param>
/// <param name="Items">The items, in the order of <see cref="AgendaItemKind"/>, then as each kind orders them.</param>
public sealed record ReviewAgenda(DateOnly Since, bool IsFirst, IReadOnlyList<AgendaItem> Items)
{
    /// <summary>The signals to give a disposition, in agenda order.</summary>
    public IReadOnlyList<MeasureSignal> Signals => [.. Items.Where(i => i.Signal is not null).Select(i => i.Signal!)];
}
