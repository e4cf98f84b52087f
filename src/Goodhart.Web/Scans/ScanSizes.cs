using System.Globalization;

namespace Goodhart.Web.Scans;

/// <summary>File sizes in words.</summary>
public static class ScanSizes
{
    /// <summary>A size in bytes as people read it: bytes, KiB, MiB or GiB.</summary>
    /// <param name="bytes">The size.</param>
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GiB"),
    };
}
