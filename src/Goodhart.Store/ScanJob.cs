namespace Goodhart.Store;

/// <summary>
/// A gaming scan run in the browser: an uploaded case file, how its columns map to the scan's options, and the scan's
/// progress and findings. The file and the reports live in the data folder under names the server makes; the
/// user's file name is kept for display only.
/// </summary>
public sealed class ScanJob
{
    /// <summary>The scan's identity, made by the application; it also names the scan's folder on disk.</summary>
    public Guid Id { get; set; }

    /// <summary>The file name as the user's browser or client sent it: shown to people, never used as a path.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The name the server gave the stored file inside the scan's folder (e.g. <c>upload.parquet</c>).</summary>
    public string StoredFileName { get; set; } = "";

    /// <summary>The stored file's size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>The mapping as typed (the options of the scan as JSON), or <c>null</c> before it is mapped.</summary>
    public string? MappingJson { get; set; }

    /// <summary>Where the scan stands.</summary>
    public ScanJobStatus Status { get; set; }

    /// <summary>The step running, in words, while the scan runs.</summary>
    public string? Stage { get; set; }

    /// <summary>How far along the scan is, 0 to 100.</summary>
    public int Progress { get; set; }

    /// <summary>Why the scan failed, in plain words.</summary>
    public string? Error { get; set; }

    /// <summary>The findings as the scan's JSON report (schema version 1), once done.</summary>
    public string? FindingsJson { get; set; }

    /// <summary>When the file was uploaded (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the scan last started running (UTC).</summary>
    public DateTime? StartedAt { get; set; }

    /// <summary>When the scan last finished or failed (UTC).</summary>
    public DateTime? FinishedAt { get; set; }
}
