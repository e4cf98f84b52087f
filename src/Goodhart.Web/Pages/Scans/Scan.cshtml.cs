using Goodhart.Store;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Scans;

/// <summary>A scan: its progress while it runs, the reason when it failed, its findings when done.</summary>
public sealed class ScanModel : PageModel
{
    private readonly ScanJobs _jobs;
    private readonly ScanFolders _folders;

    /// <summary>Reads scans and their charts.</summary>
    public ScanModel(ScanJobs jobs, ScanFolders folders)
    {
        _jobs = jobs;
        _folders = folders;
    }

    /// <summary>The scan.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The scan shown.</summary>
    public ScanJob Job { get; private set; } = null!;

    /// <summary>The findings, once done.</summary>
    public ScanFindings? Findings { get; private set; }

    /// <summary>Whether the page should keep refreshing.</summary>
    public bool InProgress => Job.Status is ScanJobStatus.Queued or ScanJobStatus.Running;

    /// <summary>A finding's chart as inline SVG (drawn by the report renderer when the scan ran), or <c>null</c>.</summary>
    /// <param name="code">The finding's code.</param>
    public string? Chart(string code)
    {
        var path = _folders.Chart(Id, code);
        return System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path) : null;
    }

    /// <summary>Shows the scan.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _jobs.FindAsync(Id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        if (job.Status == ScanJobStatus.Uploaded)
        {
            return Redirect($"/scans/{Id}/map");
        }

        Job = job;
        Findings = job.Status == ScanJobStatus.Done && job.FindingsJson is { } json ? ScanFindings.Parse(json) : null;
        if (InProgress)
        {
            Response.Headers.CacheControl = "no-store";
        }

        return Page();
    }
}
