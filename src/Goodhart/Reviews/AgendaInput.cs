namespace Goodhart.Reviews;

/// <summary>Everything the next review's agenda is made from.</summary>
/// <param name="Today">The day the agenda is made.</param>
/// <param name="LastMeetingOn">The team's last review, or <c>null</c> before its first.</param>
/// <param name="Measures">Every measure of the registry.</param>
/// <param name="Signals">Every signal of every measure's chart.</param>
/// <param name="Disposed">The signals a review has already given a disposition.</param>
/// <param name="OpenActions">The team's actions not yet done.</param>
/// <param name="Findings">Gaming-scan findings.</param>
public sealed record AgendaInput(
    DateOnly Today,
    DateOnly? LastMeetingOn,
    IReadOnlyList<AgendaMeasure> Measures,
    IReadOnlyList<MeasureSignal> Signals,
    IReadOnlyCollection<SignalKey> Disposed,
    IReadOnlyList<OpenAction> OpenActions,
    IReadOnlyList<ScanNote> Findings);
