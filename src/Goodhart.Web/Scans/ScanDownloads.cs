using Goodhart.Reports;
using Goodhart.Store;

namespace Goodhart.Web.Scans;

/// <summary>The report downloads of a finished scan: the files written by the same writers as <c>goodhart scan --out</c>.</summary>
public static class ScanDownloads
{
    /// <summary>Maps <c>/scans/{id}/report.{pdf|html|md|json}</c>.</summary>
    /// <param name="app">The app.</param>
    public static IEndpointRouteBuilder MapScanDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/scans/{id:guid}/report.{extension}", ReportAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReportAsync(Guid id, string extension, ScanJobs jobs, ScanFolders folders, CancellationToken cancellationToken)
    {
        ReportFormat? format = extension switch
        {
            "pdf" => ReportFormat.Pdf,
            "html" => ReportFormat.Html,
            "md" => ReportFormat.Markdown,
            "json" => ReportFormat.Json,
            _ => null,
        };
        if (format is null)
        {
            return Results.Problem(detail: $"'{extension}' is not a report format; the report comes as .pdf, .html, .md or .json.", statusCode: StatusCodes.Status404NotFound);
        }

        if (await jobs.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } job)
        {
            return Results.Problem(detail: $"There is no scan with the id {id}. The scans are listed at /scans.", statusCode: StatusCodes.Status404NotFound);
        }

        var path = folders.Report(id, format.Value);
        if (job.Status != ScanJobStatus.Done || !File.Exists(path))
        {
            return Results.Problem(
                detail: $"The scan of {job.FileName} has no report yet: it is {job.Status.ToString().ToLowerInvariant()}. The report is ready once the scan is done; see /scans/{id}.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var contentType = format.Value switch
        {
            ReportFormat.Pdf => "application/pdf",
            ReportFormat.Html => "text/html; charset=utf-8",
            ReportFormat.Markdown => "text/markdown; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        return Results.File(path, contentType, DownloadStem(job.FileName) + ReportFormats.Extension(format.Value));
    }

    /// <summary>A download name from the user's file name, with only letters, digits, '-' and '_'.</summary>
    private static string DownloadStem(string fileName)
    {
        var stem = new string([.. Path.GetFileNameWithoutExtension(fileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return "gaming-scan" + (stem.Length > 0 ? "-" + (stem.Length > 60 ? stem[..60] : stem) : "");
    }
}
