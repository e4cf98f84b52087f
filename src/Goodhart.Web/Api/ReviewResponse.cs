using Goodhart.Reviews;
using Goodhart.Store;

namespace Goodhart.Web.Api;

/// <summary>A logged review meeting.</summary>
/// <param name="Id">The meeting's id.</param>
/// <param name="Team">The team that met.</param>
/// <param name="HeldOn">When.</param>
/// <param name="Attendees">Who came.</param>
/// <param name="Notes">What was said.</param>
/// <param name="RecordedOn">When it was logged.</param>
/// <param name="Measures">The measures discussed.</param>
/// <param name="Dispositions">What was decided about each signal discussed.</param>
/// <param name="Actions">The actions agreed.</param>
internal sealed record ReviewResponse(
    Guid Id,
    string Team,
    DateOnly HeldOn,
    string Attendees,
    string? Notes,
    DateOnly RecordedOn,
    IReadOnlyList<MeasureRef> Measures,
    IReadOnlyList<DispositionResponse> Dispositions,
    IReadOnlyList<ActionResponse> Actions)
{
    public static ReviewResponse From(ReviewMeeting m, IReadOnlyDictionary<Guid, string> names) => new(
        m.Id, m.Team, m.HeldOn, m.Attendees, m.Notes, m.RecordedOn,
        [.. m.Measures.Select(r => new MeasureRef(r.MeasureId, names.GetValueOrDefault(r.MeasureId, ""))).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)],
        [.. m.Dispositions.OrderBy(d => names.GetValueOrDefault(d.MeasureId, ""), StringComparer.OrdinalIgnoreCase).ThenBy(d => d.SignalFirst).Select(d => new DispositionResponse(
            d.MeasureId, names.GetValueOrDefault(d.MeasureId, ""), d.SignalFirst, d.SignalLast, d.Rules.Split(' ', StringSplitOptions.RemoveEmptyEntries), d.Disposition, d.Note, d.ActionId))],
        [.. m.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Text, StringComparer.Ordinal).Select(ActionResponse.From)]);
}

/// <summary>A measure by id and name.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
internal sealed record MeasureRef(Guid Id, string Name);

/// <summary>What a review decided about a signal.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="MeasureName">Its name.</param>
/// <param name="SignalFirst">The period the signal began.</param>
/// <param name="SignalLast">Its latest period when discussed.</param>
/// <param name="Rules">The rules it broke, as ids.</param>
/// <param name="Disposition">Noise, Investigating or Real.</param>
/// <param name="Note">Why.</param>
/// <param name="ActionId">The action raised for it, if any.</param>
internal sealed record DispositionResponse(Guid MeasureId, string MeasureName, DateOnly SignalFirst, DateOnly SignalLast, IReadOnlyList<string> Rules, Disposition Disposition, string? Note, Guid? ActionId);

/// <summary>An action agreed at a review.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueOn">By when.</param>
/// <param name="Done">Whether it is done.</param>
/// <param name="DoneOn">When it was marked done.</param>
/// <param name="MeasureId">The measure it is about, if any.</param>
internal sealed record ActionResponse(Guid Id, string Text, string Owner, DateOnly DueOn, bool Done, DateOnly? DoneOn, Guid? MeasureId)
{
    public static ActionResponse From(ReviewAction a) => new(a.Id, a.Text, a.Owner, a.DueOn, a.Done, a.DoneOn, a.MeasureId);
}

/// <summary>The agenda of a team's next review.</summary>
/// <param name="Team">The team asked about.</param>
/// <param name="Since">The day changes are counted from.</param>
/// <param name="FirstMeeting">Whether the team has not met yet.</param>
/// <param name="Items">The items in order.</param>
internal sealed record AgendaResponse(string Team, DateOnly Since, bool FirstMeeting, IReadOnlyList<AgendaItemResponse> Items);

/// <summary>One agenda item.</summary>
/// <param name="Kind">OpenAction, NewSignal, ScanFinding, ReviewOverdue, Ornament or StressTestStale.</param>
/// <param name="Text">The item in words.</param>
/// <param name="MeasureId">The measure it is about, if any.</param>
/// <param name="SignalFirst">For a signal: the period it began (send it back with the disposition).</param>
/// <param name="SignalLast">For a signal: its latest period.</param>
/// <param name="ActionId">For an open action: its id.</param>
internal sealed record AgendaItemResponse(AgendaItemKind Kind, string Text, Guid? MeasureId, DateOnly? SignalFirst, DateOnly? SignalLast, Guid? ActionId);
