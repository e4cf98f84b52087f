namespace Goodhart.Scan;

/// <summary>
/// One summary a detector of the scan needs: either computed, or absent with the reason in plain words (e.g. which
/// option would supply the column it needs), so the finding can say why its test did not run.
/// </summary>
/// <typeparam name="T">The summary.</typeparam>
public sealed record ScanPart<T>
    where T : class
{
    private ScanPart(T? value, string? reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The summary, or <c>null</c> when it was not computed.</summary>
    public T? Value { get; }

    /// <summary>Why the summary is absent; <c>null</c> when it is present.</summary>
    public string? Reason { get; }

    /// <summary>A computed summary.</summary>
    /// <param name="value">The summary.</param>
    public static ScanPart<T> Of(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A summary that was not computed, and why.</summary>
    /// <param name="reason">The reason, as a sentence a user can act on.</param>
    public static ScanPart<T> Missing(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason);
    }
}
