using System.Text.Json;
using Goodhart.Web.Scans;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Goodhart.Web.Api;

/// <summary>The JSON API of scans: post a case file, send its mapping, follow the scan and read its findings.</summary>
public static class ScanApi
{
    /// <summary>Maps <c>/api/scans</c>.</summary>
    /// <param name="app">The app.</param>
    public static IEndpointRouteBuilder MapScanApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scans").WithTags("Scans");
        group.MapGet("/", List).WithName("ListScans").WithSummary("Every scan, newest first, without findings.");
        group.MapGet("/{id:guid}", Get).WithName("GetScan").WithSummary("One scan: its status and progress, and its findings once done.");
        group.MapPost("/", Upload).WithName("UploadScanFile")
            .WithSummary("Uploads a case file (CSV, TSV, Parquet or XLSX) as the raw request body; name it with ?fileName=.")
            .WithDescription("Send the file's bytes as the body with Content-Type application/octet-stream (or text/csv, application/vnd.apache.parquet, " +
                "or the XLSX type). Form posts are refused: a web page on another site could send those. The answer is the new scan, waiting for its mapping.")
            .Accepts<Stream>("application/octet-stream", "text/csv", "application/vnd.apache.parquet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces<ScanResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{id:guid}/mapping", Map).WithName("MapScan")
            .WithSummary("Maps the file's columns to the scan's options and queues the scan; the same options as goodhart scan.");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteScan").WithSummary("Deletes a scan with its uploaded file and its reports.");
        return app;
    }

    private static async Task<Ok<ScanResponse[]>> List(ScanJobs jobs, CancellationToken cancellationToken) =>
        TypedResults.Ok((await jobs.ListAsync(cancellationToken).ConfigureAwait(false)).Select(j => ScanResponse.Of(j, withFindings: false)).ToArray());

    private static async Task<Results<Ok<ScanResponse>, ProblemHttpResult>> Get(Guid id, ScanJobs jobs, CancellationToken cancellationToken) =>
        await jobs.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } job ? TypedResults.Ok(ScanResponse.Of(job)) : NotFound(id);

    private static async Task<IResult> Upload(HttpContext http, string? fileName, ScanJobs jobs, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.MediaType.Value?.ToLowerInvariant() is "multipart/form-data" or "application/x-www-form-urlencoded" or "text/plain")
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the file as the body",
                detail: "Send the case file's bytes as the request body with Content-Type application/octet-stream (or text/csv, application/vnd.apache.parquet or the XLSX type), " +
                    "and its name as ?fileName=cases.csv. Forms and plain text are not accepted here; in a browser, use /scans/new.");
        }

        if (request.ContentLength > jobs.UploadLimit)
        {
            return TooLarge(jobs.UploadLimit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = jobs.UploadLimit + 1;
        }

        return await jobs.UploadAsync(request.Body, fileName, cancellationToken).ConfigureAwait(false) switch
        {
            UploadOutcome.Stored stored => TypedResults.Created($"/api/scans/{stored.Job.Id}", ScanResponse.Of(stored.Job)),
            UploadOutcome.TooLarge large => TooLarge(large.Limit),
            UploadOutcome.Refused refused => TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The file cannot be scanned",
                detail: string.Join(" ", refused.Problems)),
            _ => throw new InvalidOperationException("Not an upload outcome."),
        };
    }

    private static async Task<Results<Accepted<ScanResponse>, ValidationProblem, ProblemHttpResult>> Map(
        Guid id, ScanMappingInput mapping, ScanJobs jobs, CancellationToken cancellationToken)
    {
        var (outcome, errors) = await jobs.MapAsync(id, mapping, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            MapOutcome.Queued => TypedResults.Accepted($"/api/scans/{id}", ScanResponse.Of((await jobs.FindAsync(id, cancellationToken).ConfigureAwait(false))!)),
            MapOutcome.Invalid => TypedResults.ValidationProblem(
                errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(ScanMappingInput.PropertyOf(e.Key)), e => e.Value),
                detail: $"The mapping was not used: {string.Join(" ", errors.SelectMany(e => e.Value))}",
                title: "The mapping has fields to fix"),
            MapOutcome.Busy => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The scan is running",
                detail: "The scan is waiting or running; its mapping can be changed once it has finished or failed."),
            _ => NotFound(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, ScanJobs jobs, CancellationToken cancellationToken) =>
        await jobs.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>The answer to a file over the limit, for the API and the upload page alike.</summary>
    /// <param name="limit">The limit in bytes.</param>
    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The file is too large",
        detail: $"The file is larger than {ScanSizes.Describe(limit)}, the most this app accepts for a scan. Nothing was kept. " +
            "Send a smaller file (a Parquet file is much smaller than the same cases as CSV), or ask whoever runs the app to raise the limit (goodhart serve --scan-upload-limit).");

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such scan",
        detail: $"No scan has the id {id}. GET /api/scans lists the scans there are.");
}
