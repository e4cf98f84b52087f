using Goodhart.Reviews;
using Goodhart.Web.Reviews;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Reviews;

/// <summary>Every team's reviews, open actions and next agenda.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ReviewLog _log;

    /// <summary>Reads the review log.</summary>
    public IndexModel(ReviewLog log) => _log = log;

    /// <summary>The teams that have met, by name.</summary>
    public IReadOnlyList<TeamView> Teams { get; private set; } = [];

    /// <summary>Each team's next agenda, by its name.</summary>
    public IReadOnlyDictionary<string, ReviewAgenda> Agendas { get; private set; } = new Dictionary<string, ReviewAgenda>();

    /// <summary>Today, to mark overdue actions.</summary>
    public DateOnly Today => _log.Today;

    /// <summary>Shows the teams.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Teams = await _log.TeamsAsync(cancellationToken);
        var agendas = new Dictionary<string, ReviewAgenda>(StringComparer.Ordinal);
        foreach (var team in Teams)
        {
            agendas[team.Name] = (await _log.AgendaAsync(team.Name, cancellationToken)).Agenda;
        }

        Agendas = agendas;
    }
}
