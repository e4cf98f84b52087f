using Goodhart.Reports.Charts;
using Goodhart.Reports.StressTest;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests.Teams;

/// <summary>A team stress test: the link to share, who has answered, and the combined profile once two have finished.</summary>
public sealed class TeamModel : PageModel
{
    private readonly StressTeams _teams;
    private readonly StressTestSessions _sessions;

    /// <summary>Reads the team and its answers.</summary>
    public TeamModel(StressTeams teams, StressTestSessions sessions)
    {
        _teams = teams;
        _sessions = sessions;
    }

    /// <summary>The team stress test.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The team, its respondents and its profile.</summary>
    public TeamView View { get; private set; } = null!;

    /// <summary>The profile chart with each dimension's spread, drawn by the report's chart code, or empty before a profile.</summary>
    public string ChartSvg { get; private set; } = "";

    /// <summary>The link respondents follow.</summary>
    public string JoinLink => $"{Request.Scheme}://{Request.Host}/stress-tests/teams/{Id}/join";

    /// <summary>Shows the team page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _teams.FindAsync(Id, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        View = await _teams.ViewAsync(team, cancellationToken);
        if (View.Profile is { } profile)
        {
            var report = new StressTestReport(StressTestSessions.Instrument, View.FinishedSheets, null, profile, _sessions.Today, []);
            var spec = StressTestCharts.Profile(report);
            ChartSvg = ChartRenderer.ToSvg(spec, 760, ChartRenderer.PreferredHeight(spec), "team-profile");
        }

        return Page();
    }
}
