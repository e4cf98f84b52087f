using Goodhart.Store;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests.Teams;

/// <summary>Makes a team stress test of a measure; its page gives the link to share.</summary>
public sealed class NewModel : PageModel
{
    private readonly StressTeams _teams;

    /// <summary>Makes team stress tests.</summary>
    public NewModel(StressTeams teams) => _teams = teams;

    /// <summary>The measure's name as typed.</summary>
    [BindProperty(Name = "measure")]
    public string? Measure { get; set; }

    /// <summary>The registry card the form was opened from, if any.</summary>
    [BindProperty(Name = "measureId", SupportsGet = true)]
    public Guid? MeasureId { get; set; }

    /// <summary>The empty form, or filled with the card's name when opened from a card.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (MeasureId is { } id)
        {
            Measure = await _teams.CardNameAsync(id, cancellationToken);
            if (Measure is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    /// <summary>Makes the team stress test and opens its page, or shows the form again with what was wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var measure = Measure?.Trim() ?? "";
        if (measure.Length == 0)
        {
            ModelState.AddModelError("measure", "Name the measure the team will stress-test.");
        }
        else if (measure.Length > StoreLimits.Name)
        {
            ModelState.AddModelError("measure", $"The name is {measure.Length} characters long; at most {StoreLimits.Name} are kept.");
        }

        var (card, problem) = await _teams.CardOfAsync(MeasureId, measure, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError("measure", problem);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var id = await _teams.CreateAsync(measure, card, cancellationToken);
        return Redirect($"/stress-tests/teams/{id}");
    }
}
