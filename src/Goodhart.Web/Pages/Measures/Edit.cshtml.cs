using System.Globalization;
using Goodhart.Web.Cards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Goodhart.Web.Pages.Measures;

/// <summary>The form that adds a measure (<c>/measures/new</c>) or edits one (<c>/measures/{id}/edit</c>).</summary>
public sealed class EditModel : PageModel
{
    private readonly MeasureRegistry _registry;

    /// <summary>Reads from and writes to the registry.</summary>
    public EditModel(MeasureRegistry registry) => _registry = registry;

    /// <summary>The measure edited, or <c>null</c> for a new one.</summary>
    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The card as typed.</summary>
    [BindProperty]
    public MeasureInput Input { get; set; } = new();

    /// <summary>The other measures, to choose balancing measures from.</summary>
    public IReadOnlyList<SelectListItem> Others { get; private set; } = [];

    /// <summary>The name the card had when the page was opened, for the heading.</summary>
    public string? SavedName { get; private set; }

    /// <summary>Shows the form, filled in with the measure's card when editing.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await _registry.FindAsync(id, cancellationToken) is not { } entry)
            {
                return NotFound();
            }

            var m = entry.Measure;
            SavedName = m.Name;
            Input = new MeasureInput
            {
                Name = m.Name,
                Definition = m.Definition,
                Formula = m.Formula,
                Unit = m.Unit,
                Direction = m.Direction.ToString(),
                Owner = m.Owner,
                Cadence = m.Cadence.ToString(),
                LastReviewedOn = m.LastReviewedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Purpose = m.Purpose,
                BehaviourToReinforce = m.BehaviourToReinforce,
                DecisionInformed = m.DecisionInformed,
                Outcome = m.Outcome,
                OutcomeAim = m.OutcomeAim?.ToString(),
                Timing = m.Timing?.ToString(),
                Role = m.Role?.ToString(),
                TargetValue = m.TargetValue?.ToString("R", CultureInfo.InvariantCulture),
                TargetRationale = m.TargetRationale,
                TargetAttachment = m.TargetAttachment.ToString(),
                BalancingMeasureIds = [.. entry.BalancedBy.Select(b => b.Id)],
            };
        }
        else
        {
            Input = new MeasureInput { Direction = "Neutral", Cadence = "Weekly", TargetAttachment = "Nothing" };
        }

        await LoadOthersAsync(cancellationToken);
        return Page();
    }

    /// <summary>Saves the card, or shows the form again with every problem next to its field and nothing typed lost.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The only field the binder itself can fail to read is the list of ids; say it in our words, then check the
        // rest too, so every problem is shown at once.
        var unreadable = UnreadableBalancingIds();
        var outcome = unreadable.Count == 0
            ? await _registry.SaveAsync(Id, Input, cancellationToken)
            : await _registry.CheckAsync(Id, Input, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved saved when unreadable.Count == 0:
                return Redirect($"/measures/{saved.Id}");
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError($"{nameof(Input)}.{field}", message);
                    }
                }

                break;
        }

        if (unreadable.Count > 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeasureInput.BalancingMeasureIds)}",
                $"'{string.Join("', '", unreadable)}' is not the id of a measure; choose balancing measures from the list.");
        }

        if (Id is { } id)
        {
            SavedName = (await _registry.FindAsync(id, cancellationToken))?.Measure.Name;
        }

        await LoadOthersAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private List<string> UnreadableBalancingIds()
    {
        var key = $"{nameof(Input)}.{nameof(MeasureInput.BalancingMeasureIds)}";
        var bad = Request.Form[key].Where(v => !Guid.TryParse(v, out _)).Select(v => v ?? "").ToList();
        foreach (var entry in ModelState.Where(e => e.Key.StartsWith(key, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(entry.Key);
        }

        return bad;
    }

    private async Task LoadOthersAsync(CancellationToken cancellationToken)
    {
        var names = await _registry.NamesAsync(cancellationToken);
        Others = [.. names.Where(n => n.Id != Id).Select(n => new SelectListItem(n.Name, n.Id.ToString()))];
    }
}
