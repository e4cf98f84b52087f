using Goodhart.Store;
using Goodhart.StressTest;
using Goodhart.Web.Cards;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>One measure's card with its health check.</summary>
public sealed class CardModel : PageModel
{
    private readonly MeasureRegistry _registry;
    private readonly StressTestSessions _sessions;
    private readonly StressTeams _teams;

    /// <summary>Reads from the registry and its stress tests.</summary>
    public CardModel(MeasureRegistry registry, StressTestSessions sessions, StressTeams teams)
    {
        _registry = registry;
        _sessions = sessions;
        _teams = teams;
    }

    /// <summary>The measure shown.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The measure, its health and its links.</summary>
    public MeasureEntry Entry { get; private set; } = null!;

    /// <summary>The stress tests of this measure answered alone, newest first.</summary>
    public IReadOnlyList<(StressTestSession Session, AnswerSheet Sheet)> StressTests { get; private set; } = [];

    /// <summary>The team stress tests of this measure, newest first.</summary>
    public IReadOnlyList<TeamView> Teams { get; private set; } = [];

    /// <summary>Shows the card.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _registry.FindAsync(Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        StressTests = [.. (await _sessions.ListAsync(null, Id, cancellationToken)).Where(s => s.Session.TeamId is null)];
        Teams = await _teams.ListAsync(Id, cancellationToken);
        return Page();
    }
}
