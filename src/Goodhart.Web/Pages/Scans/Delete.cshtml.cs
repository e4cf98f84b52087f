using Goodhart.Store;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Scans;

/// <summary>Asks before a scan is deleted, then deletes it with its uploaded file and its reports.</summary>
public sealed class DeleteModel : PageModel
{
    private readonly ScanJobs _jobs;

    /// <summary>Reads and deletes scans.</summary>
    public DeleteModel(ScanJobs jobs) => _jobs = jobs;

    /// <summary>The scan to delete.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The scan, for the question.</summary>
    public ScanJob Job { get; private set; } = null!;

    /// <summary>Asks whether to delete the scan.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _jobs.FindAsync(Id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }

    /// <summary>Deletes the scan and its files, then goes back to the list.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await _jobs.DeleteAsync(Id, cancellationToken) ? Redirect("/scans") : NotFound();
}
