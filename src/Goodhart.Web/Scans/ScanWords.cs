using Goodhart.Store;

namespace Goodhart.Web.Scans;

/// <summary>How the pages name a scan's state.</summary>
public static class ScanWords
{
    /// <summary>The status in words.</summary>
    /// <param name="status">The status.</param>
    public static string Status(ScanJobStatus status) => status switch
    {
        ScanJobStatus.Uploaded => "uploaded, columns not mapped yet",
        ScanJobStatus.Queued => "waiting to run",
        ScanJobStatus.Running => "running",
        ScanJobStatus.Done => "done",
        _ => "failed",
    };
}
