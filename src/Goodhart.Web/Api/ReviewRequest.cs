using System.Globalization;
using Goodhart.Web.Reviews;

namespace Goodhart.Web.Api;

/// <summary>A review meeting to log. <see cref="Team"/>, <see cref="HeldOn"/> and <see cref="Attendees"/> are required.</summary>
/// <param name="Team">The team that met.</param>
/// <param name="HeldOn">When (yyyy-mm-dd); not in the future.</param>
/// <param name="Attendees">Who came.</param>
/// <param name="Notes">What was said.</param>
/// <param name="MeasureIds">The measures discussed (a measure with a disposition counts as discussed anyway).</param>
/// <param name="Dispositions">What was decided about signals on the measures' charts.</param>
/// <param name="Actions">Actions agreed that are not tied to a signal.</param>
internal sealed record ReviewRequest(
    string? Team,
    DateOnly? HeldOn,
    string? Attendees,
    string? Notes = null,
    IReadOnlyList<Guid>? MeasureIds = null,
    IReadOnlyList<DispositionRequest>? Dispositions = null,
    IReadOnlyList<ActionRequest>? Actions = null)
{
    internal ReviewInput ToInput() => new()
    {
        Team = Team,
        HeldOn = Iso(HeldOn),
        Attendees = Attendees,
        Notes = Notes,
        MeasureIds = [.. (MeasureIds ?? []).Select(id => id.ToString())],
        Dispositions = [.. (Dispositions ?? []).Select(d => new DispositionInput
        {
            MeasureId = d.MeasureId?.ToString(),
            SignalFirst = Iso(d.SignalFirst),
            // An absent disposition must not read as "not discussed" through the API: say it is missing.
            Choice = d.Disposition ?? DispositionInput.MissingChoice,
            Note = d.Note,
            ActionText = d.Action?.Text,
            ActionOwner = d.Action?.Owner,
            ActionDueOn = Iso(d.Action?.DueOn),
        })],
        Actions = [.. (Actions ?? []).Select(a => new ActionInput { Text = a.Text ?? "", Owner = a.Owner, DueOn = Iso(a.DueOn), MeasureId = a.MeasureId?.ToString() })],
    };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What a review decided about one signal.</summary>
/// <param name="MeasureId">The measure whose chart shows the signal.</param>
/// <param name="SignalFirst">The period the signal began, as the agenda gives it.</param>
/// <param name="Disposition">Noise, Investigating or Real.</param>
/// <param name="Note">Why.</param>
/// <param name="Action">The action to follow it up; required for Real.</param>
internal sealed record DispositionRequest(Guid? MeasureId, DateOnly? SignalFirst, string? Disposition, string? Note = null, ActionRequest? Action = null);

/// <summary>An action agreed at a review.</summary>
/// <param name="Text">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueOn">By when.</param>
/// <param name="MeasureId">The measure it is about, if any.</param>
internal sealed record ActionRequest(string? Text, string? Owner, DateOnly? DueOn, Guid? MeasureId = null);
