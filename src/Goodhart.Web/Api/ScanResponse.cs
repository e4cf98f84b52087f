using System.Text.Json;
using Goodhart.Store;
using Goodhart.Web.Scans;

namespace Goodhart.Web.Api;

/// <summary>A scan as the API returns it.</summary>
/// <param name="Id">The scan's id.</param>
/// <param name="FileName">The file name as it was sent (display only).</param>
/// <param name="Size">The file's size in bytes.</param>
/// <param name="Status">Uploaded (waiting for a mapping), Queued, Running, Done or Failed.</param>
/// <param name="Stage">The step running, in words, while the scan runs.</param>
/// <param name="Progress">How far along the scan is, 0 to 100.</param>
/// <param name="Error">Why the scan failed, in plain words.</param>
/// <param name="Mapping">The mapping last sent, or <c>null</c>.</param>
/// <param name="Findings">
/// Once done: the scan's JSON report (as <c>goodhart scan --out scan.json</c> writes it), whose <c>findings</c> holds
/// the seven findings with their <c>code</c>, <c>severity</c>, <c>effect</c>, <c>sentence</c> and <c>caveats</c>.
/// </param>
/// <param name="CreatedAt">When the file was uploaded (UTC).</param>
/// <param name="StartedAt">When the scan last started (UTC).</param>
/// <param name="FinishedAt">When the scan last finished or failed (UTC).</param>
/// <param name="Reports">Once done, the report downloads by format (pdf, html, md, json).</param>
public sealed record ScanResponse(
    Guid Id,
    string FileName,
    long Size,
    ScanJobStatus Status,
    string? Stage,
    int Progress,
    string? Error,
    ScanMappingInput? Mapping,
    JsonElement? Findings,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    IReadOnlyDictionary<string, string>? Reports)
{
    /// <summary>The API's view of a stored scan.</summary>
    /// <param name="job">The scan.</param>
    /// <param name="withFindings">Whether to include the findings (one scan) or not (a list).</param>
    public static ScanResponse Of(ScanJob job, bool withFindings = true)
    {
        ArgumentNullException.ThrowIfNull(job);
        JsonElement? findings = withFindings && job.FindingsJson is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null;
        var reports = job.Status == ScanJobStatus.Done
            ? new[] { "pdf", "html", "md", "json" }.ToDictionary(e => e, e => $"/scans/{job.Id}/report.{e}")
            : null;
        return new ScanResponse(
            job.Id,
            job.FileName,
            job.Size,
            job.Status,
            job.Stage,
            job.Progress,
            job.Error,
            ScanJobs.MappingOf(job) is { } text ? ScanMappingInput.From(text) : null,
            findings,
            DateTime.SpecifyKind(job.CreatedAt, DateTimeKind.Utc),
            job.StartedAt is { } started ? DateTime.SpecifyKind(started, DateTimeKind.Utc) : null,
            job.FinishedAt is { } finished ? DateTime.SpecifyKind(finished, DateTimeKind.Utc) : null,
            reports);
    }
}
