namespace Goodhart.Web.Hosting;

/// <summary>
/// A counter of the writes this app instance made to its database, so views computed from the whole registry can be
/// kept until something changes (<see cref="StoreChangeInterceptor"/> counts the writes).
/// </summary>
public sealed class StoreChanges
{
    private long _version;

    /// <summary>Changes whenever this instance has written to the database.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Records a write.</summary>
    public void Bump() => Interlocked.Increment(ref _version);
}
