using Goodhart.StressTest;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests;

/// <summary>The result of a finished stress test, scored by the core, with the report downloads.</summary>
public sealed class ResultModel : PageModel
{
    private readonly StressTestSessions _sessions;

    /// <summary>Reads the answers.</summary>
    public ResultModel(StressTestSessions sessions) => _sessions = sessions;

    /// <summary>The stress test.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The scored profile.</summary>
    public RiskProfile Profile { get; private set; } = null!;

    /// <summary>The team stress test these answers are part of, or <c>null</c>.</summary>
    public Guid? TeamId { get; private set; }

    /// <summary>The bars of the profile chart.</summary>
    public ProfileChart Chart { get; private set; } = null!;

    /// <summary>Shows the result, or the first unanswered step when the stress test is not finished.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _sessions.FindSessionAsync(Id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var sheet = found.Sheet;
        TeamId = found.Session.TeamId;

        if (StressTestSessions.Plan.FirstUnanswered(sheet) is { } step)
        {
            return Redirect($"/stress-tests/{Id}/steps/{step}");
        }

        Profile = StressTestScorer.Score(StressTestSessions.Instrument, sheet);
        Chart = ProfileChart.Of(Profile.Dimensions);
        return Page();
    }
}
