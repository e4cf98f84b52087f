using Goodhart.Store;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests;

/// <summary>Starts a stress test: the measure's name and the respondent's role.</summary>
public sealed class NewModel : PageModel
{
    private readonly StressTestSessions _sessions;
    private readonly StressTeams _teams;

    /// <summary>Starts sessions.</summary>
    public NewModel(StressTestSessions sessions, StressTeams teams)
    {
        _sessions = sessions;
        _teams = teams;
    }

    /// <summary>The registry card the form was opened from, if any.</summary>
    [BindProperty(Name = "measureId", SupportsGet = true)]
    public Guid? MeasureId { get; set; }

    /// <summary>The measure's name as typed.</summary>
    [BindProperty(Name = "measure")]
    public string? Measure { get; set; }

    /// <summary>The role as typed.</summary>
    [BindProperty(Name = "role")]
    public string? Role { get; set; }

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

    /// <summary>Starts the stress test and opens its first step, or shows the form again with what was wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var measure = Measure?.Trim() ?? "";
        var role = Role?.Trim() ?? "";
        if (measure.Length == 0)
        {
            ModelState.AddModelError("measure", "Name the measure to stress-test.");
        }
        else if (measure.Length > StoreLimits.Name)
        {
            ModelState.AddModelError("measure", $"The name is {measure.Length} characters long; at most {StoreLimits.Name} are kept.");
        }

        if (role.Length > StoreLimits.Short)
        {
            ModelState.AddModelError("role", $"The role is {role.Length} characters long; at most {StoreLimits.Short} are kept.");
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

        var id = await _sessions.StartAsync(measure, role.Length == 0 ? null : role, cancellationToken, new StressTestTie(card, null, null));
        return Redirect($"/stress-tests/{id}/steps/1");
    }
}
