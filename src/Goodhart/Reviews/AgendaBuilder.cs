using System.Globalization;
using Goodhart.Registry;

namespace Goodhart.Reviews;

/// <summary>
/// Makes the agenda of a team's next review from what changed since its last one: actions still open, signals no
/// review has decided on, scan findings, measures overdue for review, signs of ornament and stale stress tests.
/// </summary>
public static class AgendaBuilder
{
    /// <summary>
    /// The day the agenda looks back to: the team's last meeting, or for a first meeting
    /// <see cref="AgendaOptions.FirstMeetingMonths"/> before today. Only what happened after it is new business.
    /// </summary>
    /// <param name="today">The day of the agenda.</param>
    /// <param name="lastMeetingOn">The team's last meeting, or <c>null</c> before its first.</param>
    /// <param name="options">The look-back for a first meeting; <c>null</c> for the defaults.</param>
    public static DateOnly Since(DateOnly today, DateOnly? lastMeetingOn, AgendaOptions? options = null) =>
        lastMeetingOn ?? today.AddMonths(-(options ?? AgendaOptions.Default).FirstMeetingMonths);

    /// <summary>The agenda, every item in plain words, in the order of <see cref="AgendaItemKind"/>.</summary>
    /// <param name="input">What the agenda is made from.</param>
    /// <param name="options">The settings, or <c>null</c> for <see cref="AgendaOptions.Default"/>.</param>
    public static ReviewAgenda Build(AgendaInput input, AgendaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= AgendaOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.StressTestMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(options.FirstMeetingMonths);

        var today = input.Today;
        var since = Since(today, input.LastMeetingOn, options);
        var byId = input.Measures.ToDictionary(m => m.Id);
        var byName = StringComparer.OrdinalIgnoreCase;
        string? NameOf(Guid? id) => id is { } i && byId.TryGetValue(i, out var m) ? m.Name : null;
        var disposed = input.Disposed as IReadOnlySet<SignalKey> ?? input.Disposed.ToHashSet();
        var items = new List<AgendaItem>();

        foreach (var action in input.OpenActions.OrderBy(a => a.DueOn).ThenBy(a => a.Text, StringComparer.Ordinal))
        {
            var about = NameOf(action.MeasureId) is { } name ? $" About {name}." : "";
            var late = action.DueOn < today ? $" {Days(today.DayNumber - action.DueOn.DayNumber)} overdue." : "";
            items.Add(new AgendaItem(AgendaItemKind.OpenAction,
                $"{action.Owner}: {Sentence(action.Text)} Due {SignalWords.Long(action.DueOn)}.{late}{about}", action.MeasureId, ActionId: action.Id));
        }

        // A signal still going on since the last review is new business even if it began before it.
        var fresh = input.Signals
            .Where(s => byId.ContainsKey(s.MeasureId) && s.Last > since && !disposed.Contains(s.Key))
            .OrderBy(s => byId[s.MeasureId].Name, byName).ThenBy(s => s.First);
        foreach (var signal in fresh)
        {
            items.Add(new AgendaItem(AgendaItemKind.NewSignal,
                $"{byId[signal.MeasureId].Name}: {SignalWords.Describe(signal)}. Decide whether it is noise, being investigated, or real with an action.",
                signal.MeasureId, signal));
        }

        foreach (var finding in input.Findings.Where(f => f.FoundOn > since).OrderBy(f => f.FoundOn).ThenBy(f => f.Title, StringComparer.Ordinal))
        {
            var about = NameOf(finding.MeasureId) is { } name ? $" ({name})" : "";
            items.Add(new AgendaItem(AgendaItemKind.ScanFinding, $"Scan of {SignalWords.Long(finding.FoundOn)}{about}: {finding.Title}", finding.MeasureId));
        }

        var overdue = input.Measures
            .Select(m => (Measure: m, Due: m.Cadence.After(m.LastReviewedOn ?? m.CreatedOn, 1)))
            .Where(m => today > m.Due)
            .OrderBy(m => m.Due).ThenBy(m => m.Measure.Name, byName);
        foreach (var (measure, due) in overdue)
        {
            var last = measure.LastReviewedOn is { } reviewed
                ? $"last discussed on {SignalWords.Long(reviewed)}"
                : $"never discussed since it was added on {SignalWords.Long(measure.CreatedOn)}";
            items.Add(new AgendaItem(AgendaItemKind.ReviewOverdue,
                $"{measure.Name} is reviewed {measure.Cadence.Describe()} and was due on {SignalWords.Long(due)}; {last}.", measure.Id));
        }

        // Overdue reviews are already listed above; the other flags are what makes a measure ornament.
        foreach (var measure in input.Measures.OrderBy(m => m.Name, byName))
        {
            var reasons = measure.Flags.Where(f => f.Kind != HealthFlagKind.ReviewOverdue).Select(f => f.Reason).ToList();
            if (reasons.Count > 0)
            {
                items.Add(new AgendaItem(AgendaItemKind.Ornament,
                    $"{measure.Name} shows signs of ornament. {string.Join(" ", reasons)}", measure.Id));
            }
        }

        var stale = input.Measures
            .Where(m => m.LastStressTestOn is { } tested && tested.AddMonths(options.StressTestMonths) < today)
            .OrderBy(m => m.LastStressTestOn).ThenBy(m => m.Name, byName);
        foreach (var measure in stale)
        {
            items.Add(new AgendaItem(AgendaItemKind.StressTestStale,
                $"{measure.Name} was last stress-tested on {SignalWords.Long(measure.LastStressTestOn!.Value)}, more than {options.StressTestMonths.ToString(CultureInfo.InvariantCulture)} months ago: the work and the pressures on it move on, so test it again.",
                measure.Id));
        }

        return new ReviewAgenda(since, input.LastMeetingOn is null, items);
    }

    // "Due …" follows the action as a sentence of its own, so an action typed without a full stop gets one.
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";
}
