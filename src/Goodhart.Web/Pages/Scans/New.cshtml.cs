using Goodhart.Web.Api;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Scans;

/// <summary>
/// The upload form of a scan. The post is read as a stream (<see cref="MultipartUpload"/>): the framework's form
/// reading and its token check would buffer the whole file first, so the token is checked by hand, before the file.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableRequestSizeLimit]
[StreamedUpload]
public sealed class NewModel : PageModel
{
    private readonly ScanJobs _jobs;

    /// <summary>Stores uploads.</summary>
    public NewModel(ScanJobs jobs) => _jobs = jobs;

    /// <summary>The largest file accepted, in words.</summary>
    public string Limit => ScanSizes.Describe(_jobs.UploadLimit);

    /// <summary>What was wrong with the file sent.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Stores the file and goes on to its mapping, or shows the form again with what was wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var read = await MultipartUpload.ReadAsync(HttpContext, _jobs, cancellationToken);
        if (read.TokenRefused)
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The form could not be accepted",
                Detail = "The form's security token was missing or did not match, so nothing was saved. Reload the page and send the form again.",
            })
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentTypes = { "application/problem+json" },
            };
        }

        switch (read.Outcome)
        {
            case UploadOutcome.Stored stored:
                return Redirect($"/scans/{stored.Job.Id}/map");
            case UploadOutcome.TooLarge large:
                return new ObjectResult(ScanApi.TooLarge(large.Limit).ProblemDetails)
                {
                    StatusCode = StatusCodes.Status413PayloadTooLarge,
                    ContentTypes = { "application/problem+json" },
                };
            case UploadOutcome.Refused refused:
                Problems = refused.Problems;
                break;
            default:
                Problems = ["Choose a case file to upload: a CSV, TSV, Parquet or XLSX file with one row per case."];
                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
