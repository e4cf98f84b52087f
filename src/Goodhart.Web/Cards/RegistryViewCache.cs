using Goodhart.Web.Hosting;

namespace Goodhart.Web.Cards;

/// <summary>
/// The last registry view computed, kept while this instance has written nothing and for at most
/// <see cref="MaxAge"/>. The view reads every measure, series value and review, and runs each chart; the registry
/// and the cards are read far more often than they change. The age limit bounds how long a write by another
/// instance on the same PostgreSQL database can go unseen.
/// </summary>
/// <param name="changes">The count of this instance's writes.</param>
/// <param name="clock">The app's clock.</param>
public sealed class RegistryViewCache(StoreChanges changes, TimeProvider clock)
{
    /// <summary>How long a view is kept when nothing has changed here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private Entry? _entry;

    /// <summary>The kept view for the day, or a new one from <paramref name="compute"/>.</summary>
    /// <param name="today">The day the health check counts to.</param>
    /// <param name="compute">Reads and computes the view.</param>
    public async Task<RegistryView> GetAsync(DateOnly today, Func<Task<RegistryView>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);

        // The count is read before the view is computed: a write landing meanwhile moves it, and the view is not reused.
        var version = changes.Version;
        var now = clock.GetTimestamp();
        if (_entry is { } kept && kept.Version == version && kept.Today == today && clock.GetElapsedTime(kept.Made, now) < MaxAge)
        {
            return kept.View;
        }

        var view = await compute().ConfigureAwait(false);
        _entry = new Entry(version, today, now, view);
        return view;
    }

    private sealed record Entry(long Version, DateOnly Today, long Made, RegistryView View);
}
