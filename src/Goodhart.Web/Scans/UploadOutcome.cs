using Goodhart.Store;

namespace Goodhart.Web.Scans;

/// <summary>What became of an upload.</summary>
public abstract record UploadOutcome
{
    private UploadOutcome()
    {
    }

    /// <summary>The file is stored and readable; the scan waits for its mapping.</summary>
    /// <param name="Job">The new scan.</param>
    public sealed record Stored(ScanJob Job) : UploadOutcome;

    /// <summary>The file was larger than the limit; nothing was kept.</summary>
    /// <param name="Limit">The limit in bytes.</param>
    public sealed record TooLarge(long Limit) : UploadOutcome;

    /// <summary>The file cannot be scanned; nothing was kept.</summary>
    /// <param name="Problems">Every problem, in plain words, naming the file.</param>
    public sealed record Refused(IReadOnlyList<string> Problems) : UploadOutcome;
}
