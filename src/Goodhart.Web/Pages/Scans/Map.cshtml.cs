using Goodhart.Data.Cases;
using Goodhart.Store;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Scans;

/// <summary>The first rows of an uploaded file and the form that maps its columns to the scan's options.</summary>
public sealed class MapModel : PageModel
{
    private readonly ScanJobs _jobs;

    /// <summary>Reads and queues scans.</summary>
    public MapModel(ScanJobs jobs) => _jobs = jobs;

    /// <summary>The scan.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The scan shown.</summary>
    public ScanJob Job { get; private set; } = null!;

    /// <summary>The file's first rows, or <c>null</c> when they cannot be read.</summary>
    public CasePreview? Preview { get; private set; }

    /// <summary>Why the rows cannot be read.</summary>
    public IReadOnlyList<string> PreviewProblems { get; private set; } = [];

    /// <summary>The mapping, as typed.</summary>
    [BindProperty]
    public ScanMappingInput Mapping { get; set; } = new();

    /// <summary>Shows the preview and the form, filled in with the last mapping sent or the defaults.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _jobs.FindAsync(Id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        if (job.Status is ScanJobStatus.Queued or ScanJobStatus.Running)
        {
            return Redirect($"/scans/{Id}");
        }

        Mapping = ScanJobs.MappingOf(job) is { } text
            ? ScanMappingInput.From(text)
            : new ScanMappingInput { Unit = "minutes", Comply = "le", Period = "month", RepeatWindow = "7d" };
        Show(job);
        return Page();
    }

    /// <summary>Queues the scan, or shows the form again with each problem by its field and what was typed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (outcome, errors) = await _jobs.MapAsync(Id, Mapping, cancellationToken);
        switch (outcome)
        {
            case MapOutcome.NotFound:
                return NotFound();
            case MapOutcome.Queued or MapOutcome.Busy:
                return Redirect($"/scans/{Id}");
        }

        foreach (var (key, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{nameof(Mapping)}.{ScanMappingInput.PropertyOf(key)}", message);
            }
        }

        Show((await _jobs.FindAsync(Id, cancellationToken))!);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Show(ScanJob job)
    {
        Job = job;
        var preview = _jobs.Preview(job);
        Preview = preview.Value;
        PreviewProblems = [.. preview.Problems.Select(p => ScanJobs.Describe(p, job.FileName))];
    }
}
