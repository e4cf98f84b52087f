using Goodhart.Store;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests.Teams;

/// <summary>The shared link of a team stress test: a respondent gives a role (and a name, if they wish) and starts.</summary>
public sealed class JoinModel : PageModel
{
    private readonly StressTeams _teams;

    /// <summary>Adds respondents to team stress tests.</summary>
    public JoinModel(StressTeams teams) => _teams = teams;

    /// <summary>The team stress test.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The respondent's name as typed.</summary>
    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    /// <summary>The respondent's role as typed.</summary>
    [BindProperty(Name = "role")]
    public string? Role { get; set; }

    /// <summary>The measure the team answers about.</summary>
    public string MeasureName { get; private set; } = "";

    /// <summary>The form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _teams.FindAsync(Id, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        MeasureName = team.MeasureName;
        return Page();
    }

    /// <summary>Starts the respondent's stress test at its first step, or shows the form again with what was wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await _teams.FindAsync(Id, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        MeasureName = team.MeasureName;
        ModelState.Clear();
        var name = Name?.Trim() ?? "";
        var role = Role?.Trim() ?? "";
        if (role.Length == 0)
        {
            ModelState.AddModelError("role", "Give your role, for example frontline, manager or analyst: the team page compares the roles.");
        }
        else if (role.Length > StoreLimits.Short)
        {
            ModelState.AddModelError("role", $"The role is {role.Length} characters long; at most {StoreLimits.Short} are kept.");
        }

        if (name.Length > StoreLimits.Name)
        {
            ModelState.AddModelError("name", $"The name is {name.Length} characters long; at most {StoreLimits.Name} are kept.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var id = await _teams.JoinAsync(team, name.Length == 0 ? null : name, role, cancellationToken);
        return Redirect($"/stress-tests/{id}/steps/1");
    }
}
