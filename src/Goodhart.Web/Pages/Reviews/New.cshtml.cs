using Goodhart.Reviews;
using Goodhart.Web.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Reviews;

/// <summary>The agenda of a team's next review, then the form that logs the meeting.</summary>
public sealed class NewModel : PageModel
{
    private const int BlankActions = 3;
    private readonly ReviewLog _log;

    /// <summary>Reads and writes the review log.</summary>
    public NewModel(ReviewLog log) => _log = log;

    /// <summary>The meeting as typed.</summary>
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    /// <summary>The agenda shown.</summary>
    public AgendaView View { get; private set; } = null!;

    /// <summary>Every current signal by its key, to describe the disposition rows.</summary>
    public IReadOnlyDictionary<SignalKey, MeasureSignal> SignalsByKey { get; private set; } = new Dictionary<SignalKey, MeasureSignal>();

    /// <summary>Shows the agenda and an empty form for the team (<c>?team=</c>).</summary>
    public async Task OnGetAsync(string? team, CancellationToken cancellationToken)
    {
        await LoadAsync(team, cancellationToken);
        Input = new ReviewInput
        {
            Team = team?.Trim(),
            HeldOn = _log.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Dispositions = [.. View.Agenda.Signals.Select(s => new DispositionInput
            {
                MeasureId = s.MeasureId.ToString(),
                SignalFirst = s.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            })],
            Actions = [.. Enumerable.Range(0, BlankActions).Select(_ => new ActionInput())],
        };
    }

    /// <summary>Logs the meeting, or shows the form again with every problem next to its field and nothing typed lost.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Everything is text in the form; the checks below say what is wrong in our words.
        ModelState.Clear();
        var (id, errors) = await _log.SaveAsync(Input, cancellationToken);
        if (id is { } saved)
        {
            return Redirect($"/reviews/{saved}");
        }

        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }
        }

        await LoadAsync(Input.Team, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The words for a disposition row's signal.</summary>
    public string Describe(DispositionInput row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Guid.TryParse(row.MeasureId, out var measure)
            && DateOnly.TryParseExact(row.SignalFirst, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
            && SignalsByKey.TryGetValue(new SignalKey(measure, first), out var signal))
        {
            return $"{View.Measures.GetValueOrDefault(measure, "?")}: {SignalWords.Describe(signal)}";
        }

        return $"A signal beginning {row.SignalFirst} that is no longer on the chart";
    }

    private async Task LoadAsync(string? team, CancellationToken cancellationToken)
    {
        View = await _log.AgendaAsync(team, cancellationToken);
        SignalsByKey = View.Signals.ToDictionary(s => s.Key);
    }
}
