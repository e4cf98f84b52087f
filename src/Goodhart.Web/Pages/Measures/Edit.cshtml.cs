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
        // Values the binder could not read (a malformed id in the list) are problems like any other.
        if (ModelState.IsValid)
        {
            switch (await _registry.SaveAsync(Id, Input, cancellationToken))
            {
                case SaveOutcome.Saved saved:
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
        }

        if (Id is { } id)
        {
            SavedName = (await _registry.FindAsync(id, cancellationToken))?.Measure.Name;
        }

        await LoadOthersAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadOthersAsync(CancellationToken cancellationToken)
    {
        var names = await _registry.NamesAsync(cancellationToken);
        Others = [.. names.Where(n => n.Id != Id).Select(n => new SelectListItem(n.Name, n.Id.ToString()))];
    }
}
