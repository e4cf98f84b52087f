using Goodhart.Store;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Scans;

/// <summary>Every scan, newest first.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ScanJobs _jobs;

    /// <summary>Reads the scans.</summary>
    public IndexModel(ScanJobs jobs) => _jobs = jobs;

    /// <summary>The scans.</summary>
    public IReadOnlyList<ScanJob> Jobs { get; private set; } = [];

    /// <summary>Lists the scans.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Jobs = await _jobs.ListAsync(cancellationToken);
}
