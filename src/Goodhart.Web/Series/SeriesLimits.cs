namespace Goodhart.Web.Series;

/// <summary>How much a series upload may hold.</summary>
public static class SeriesLimits
{
    /// <summary>The largest file accepted, in bytes (2 MiB: years of daily values, with room to spare).</summary>
    public const long UploadBytes = 2 * 1024 * 1024;

    /// <summary>The largest request carrying an upload: the file plus the form's other fields.</summary>
    public const long UploadRequestBytes = UploadBytes + (64 * 1024);
}
