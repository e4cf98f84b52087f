using Goodhart.Store;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests;

/// <summary>Starts a stress test: the measure's name and the respondent's role.</summary>
public sealed class NewModel : PageModel
{
    private readonly StressTestSessions _sessions;

    /// <summary>Starts sessions.</summary>
    public NewModel(StressTestSessions sessions) => _sessions = sessions;

    /// <summary>The measure's name as typed.</summary>
    [BindProperty(Name = "measure")]
    public string? Measure { get; set; }

    /// <summary>The role as typed.</summary>
    [BindProperty(Name = "role")]
    public string? Role { get; set; }

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
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

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var id = await _sessions.StartAsync(measure, role.Length == 0 ? null : role, cancellationToken);
        return Redirect($"/stress-tests/{id}/steps/1");
    }
}
