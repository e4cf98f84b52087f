using Goodhart.Store;
using Goodhart.StressTest;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests;

/// <summary>Every stress test: those answered alone and the team ones.</summary>
public sealed class IndexModel : PageModel
{
    private readonly StressTestSessions _sessions;
    private readonly StressTeams _teams;

    /// <summary>Reads the stress tests.</summary>
    public IndexModel(StressTestSessions sessions, StressTeams teams)
    {
        _sessions = sessions;
        _teams = teams;
    }

    /// <summary>The stress tests answered alone, newest first.</summary>
    public IReadOnlyList<(StressTestSession Session, AnswerSheet Sheet)> Single { get; private set; } = [];

    /// <summary>The team stress tests, newest first.</summary>
    public IReadOnlyList<TeamView> Teams { get; private set; } = [];

    /// <summary>Shows the lists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Single = [.. (await _sessions.ListAsync(null, null, cancellationToken)).Where(s => s.Session.TeamId is null)];
        Teams = await _teams.ListAsync(null, cancellationToken);
    }
}
