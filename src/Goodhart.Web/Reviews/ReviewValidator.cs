using System.Globalization;
using Goodhart.Reviews;
using Goodhart.Spc;
using Goodhart.Store;

namespace Goodhart.Web.Reviews;

/// <summary>
/// Checks a review as typed and turns it into a meeting to store, or lists every problem by field
/// (<c>Team</c>, <c>Dispositions[0].ActionOwner</c>, …) so they can all be fixed in one go.
/// </summary>
internal static class ReviewValidator
{
    public static (ReviewMeeting? Meeting, Dictionary<string, string[]> Errors) Validate(
        ReviewInput input, IReadOnlyDictionary<Guid, string> measures, IReadOnlyList<MeasureSignal> signals, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        string? Text(string field, string label, string? value, int limit)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed is not null && trimmed.Length > limit)
            {
                Add(field, $"{label} is {trimmed.Length:N0} characters long; at most {limit:N0} are accepted.");
            }

            return trimmed;
        }

        DateOnly? Date(string field, string label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Add(field, $"{label} '{Shorten(value)}' is not a date; write it as year-month-day, e.g. 2026-11-23.");
            return null;
        }

        Guid? Measure(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (Guid.TryParse(value.Trim(), out var id) && measures.ContainsKey(id))
            {
                return id;
            }

            Add(field, $"'{Shorten(value)}' is not the id of a measure in the registry; choose measures from the list.");
            return null;
        }

        var team = Text(nameof(ReviewInput.Team), "The team's name", input.Team, StoreLimits.Name);
        if (team is null)
        {
            Add(nameof(ReviewInput.Team), "Name the team that met, e.g. \"Crisis line\".");
        }

        var heldOn = Date(nameof(ReviewInput.HeldOn), "The meeting date", input.HeldOn);
        if (heldOn is null && !errors.ContainsKey(nameof(ReviewInput.HeldOn)))
        {
            Add(nameof(ReviewInput.HeldOn), "Give the day the meeting was held, as year-month-day, e.g. 2026-11-23.");
        }
        else if (heldOn > today)
        {
            Add(nameof(ReviewInput.HeldOn), $"The meeting date {heldOn:yyyy-MM-dd} is in the future; today is {today:yyyy-MM-dd}. Log a meeting once it has been held.");
        }

        var attendees = Text(nameof(ReviewInput.Attendees), "The list of who came", input.Attendees, StoreLimits.LongText);
        if (attendees is null)
        {
            Add(nameof(ReviewInput.Attendees), "Say who came: at least one name.");
        }

        var notes = Text(nameof(ReviewInput.Notes), "The notes", input.Notes, StoreLimits.LongText);
        var meeting = new ReviewMeeting { Id = Guid.NewGuid(), Team = team ?? "", HeldOn = heldOn ?? default, Attendees = attendees ?? "", Notes = notes, RecordedOn = today };
        var discussed = new HashSet<Guid>();
        foreach (var value in input.MeasureIds)
        {
            if (Measure(nameof(ReviewInput.MeasureIds), value) is { } id)
            {
                discussed.Add(id);
            }
        }

        ReviewAction? ActionOf(string prefix, string? textValue, string? ownerValue, string? dueValue, Guid? measureId, bool required)
        {
            var text = Text(prefix + "Text", "The action", textValue, StoreLimits.LongText);
            var owner = Text(prefix + "Owner", "The action's owner", ownerValue, StoreLimits.Name);
            var due = Date(prefix + "DueOn", "The due date", dueValue);
            var dueTyped = !string.IsNullOrWhiteSpace(dueValue);
            if (text is null && owner is null && !dueTyped)
            {
                if (required)
                {
                    Add(prefix + "Text", "A real signal needs an action: say what will be done, who does it and by when.");
                }

                return null;
            }

            if (text is null)
            {
                Add(prefix + "Text", "Say what is to be done, or clear the action's owner and due date.");
            }

            if (owner is null)
            {
                Add(prefix + "Owner", "Name who does the action.");
            }

            if (due is null && !dueTyped)
            {
                Add(prefix + "DueOn", "Give the day the action is due, as year-month-day, e.g. 2026-12-01.");
            }

            return text is null || owner is null || due is null
                ? null
                : new ReviewAction { Id = Guid.NewGuid(), MeetingId = meeting.Id, MeasureId = measureId, Text = text, Owner = owner, DueOn = due.Value };
        }

        var decided = new HashSet<SignalKey>();
        for (var i = 0; i < input.Dispositions.Count; i++)
        {
            var row = input.Dispositions[i];
            var prefix = $"{nameof(ReviewInput.Dispositions)}[{i}].";
            var choiceText = row.Choice?.Trim() ?? "";
            if (choiceText.Length == 0)
            {
                continue;
            }

            Disposition? choice = null;
            if (choiceText == DispositionInput.MissingChoice)
            {
                Add(prefix + nameof(DispositionInput.Choice), "Give the disposition: Noise, Investigating or Real.");
            }
            else if (!choiceText.All(char.IsAsciiDigit) && Enum.TryParse<Disposition>(choiceText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                choice = parsed;
            }
            else
            {
                Add(prefix + nameof(DispositionInput.Choice), $"'{Shorten(choiceText)}' is not a disposition; choose Noise, Investigating or Real, or leave it as not discussed.");
            }

            var measureId = Measure(prefix + nameof(DispositionInput.MeasureId), row.MeasureId);
            var first = Date(prefix + nameof(DispositionInput.SignalFirst), "The signal's first period", row.SignalFirst);
            MeasureSignal? signal = null;
            if (measureId is { } m && first is { } f)
            {
                signal = signals.FirstOrDefault(s => s.MeasureId == m && s.First == f);
                if (signal is null)
                {
                    Add(prefix + nameof(DispositionInput.Choice), $"{measures[m]} has no signal beginning {f:yyyy-MM-dd} on its chart now; open the agenda again to see its signals.");
                }
                else if (!decided.Add(signal.Key))
                {
                    Add(prefix + nameof(DispositionInput.Choice), $"The signal of {measures[m]} beginning {f:yyyy-MM-dd} is given more than one disposition; give it one.");
                }
            }
            else if (measureId is null && !errors.ContainsKey(prefix + nameof(DispositionInput.MeasureId)))
            {
                Add(prefix + nameof(DispositionInput.MeasureId), "Say which measure's signal this disposition is for.");
            }
            else if (first is null && !errors.ContainsKey(prefix + nameof(DispositionInput.SignalFirst)))
            {
                Add(prefix + nameof(DispositionInput.SignalFirst), "Say the period the signal began, as year-month-day.");
            }

            var note = Text(prefix + nameof(DispositionInput.Note), "The note", row.Note, StoreLimits.LongText);
            var action = ActionOf(prefix + "Action", row.ActionText, row.ActionOwner, row.ActionDueOn, measureId, required: choice == Disposition.Real);
            if (choice is { } c && signal is not null)
            {
                if (action is not null)
                {
                    meeting.Actions.Add(action);
                }

                meeting.Dispositions.Add(new SignalDisposition
                {
                    Id = Guid.NewGuid(),
                    MeetingId = meeting.Id,
                    MeasureId = signal.MeasureId,
                    SignalFirst = signal.First,
                    SignalLast = signal.Last,
                    Rules = string.Join(' ', SpcRuleIds.Of(signal.Rules)),
                    Disposition = c,
                    Note = note,
                    ActionId = action?.Id,
                });
                discussed.Add(signal.MeasureId);
            }
        }

        for (var i = 0; i < input.Actions.Count; i++)
        {
            var row = input.Actions[i];
            var prefix = $"{nameof(ReviewInput.Actions)}[{i}].";
            var measureId = Measure(prefix + nameof(ActionInput.MeasureId), row.MeasureId);
            if (ActionOf(prefix, row.Text, row.Owner, row.DueOn, measureId, required: false) is { } action)
            {
                meeting.Actions.Add(action);
            }
        }

        meeting.Measures = [.. discussed.Select(id => new ReviewedMeasure { MeetingId = meeting.Id, MeasureId = id })];
        var result = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        return result.Count == 0 ? (meeting, result) : (null, result);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
