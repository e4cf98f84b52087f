namespace Goodhart.Store;

/// <summary>Where a scan uploaded in the browser stands.</summary>
public enum ScanJobStatus
{
    /// <summary>The file is stored; its columns are not mapped yet.</summary>
    Uploaded,

    /// <summary>Mapped and waiting for the background worker.</summary>
    Queued,

    /// <summary>The worker is running it.</summary>
    Running,

    /// <summary>Finished: the findings and reports are ready.</summary>
    Done,

    /// <summary>Stopped; <see cref="ScanJob.Error"/> says why.</summary>
    Failed,
}
