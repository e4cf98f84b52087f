using Goodhart.Store;
using Goodhart.Web.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Reviews;

/// <summary>The record of one review meeting, where its actions are marked done.</summary>
public sealed class MeetingModel : PageModel
{
    private readonly ReviewLog _log;

    /// <summary>Reads and writes the review log.</summary>
    public MeetingModel(ReviewLog log) => _log = log;

    /// <summary>The meeting shown.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The meeting.</summary>
    public ReviewMeeting Meeting { get; private set; } = null!;

    /// <summary>Every measure's name by id.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Today, to mark overdue actions.</summary>
    public DateOnly Today => _log.Today;

    /// <summary>Shows the record.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _log.FindAsync(Id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        Names = await _log.MeasureNamesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Marks one of the meeting's actions done and shows the record again.</summary>
    /// <param name="actionId">The action.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public async Task<IActionResult> OnPostDoneAsync(Guid actionId, CancellationToken cancellationToken) =>
        await _log.MarkDoneAsync(Id, actionId, cancellationToken) is null ? NotFound() : Redirect($"/reviews/{Id}");
}
