using Goodhart.StressTest;
using Microsoft.Extensions.Caching.Memory;

namespace Goodhart.Web.StressTests;

/// <summary>
/// Stored answers already read, by stress test. A sheet is reused only when the stored text is exactly the text it was
/// read from, so nothing can show stale: every request still reads the text from the database, and only the parse
/// (about a fifth of a wizard step's processor time) is saved. Sheets are immutable, so one can serve many requests.
/// </summary>
public sealed class AnswerSheetCache : IDisposable
{
    /// <summary>How many stress tests are kept; the least recently used go first.</summary>
    public const int Capacity = 2_000;

    private readonly MemoryCache _sheets = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The answers read from <paramref name="json"/>, from the cache when that text was read before.</summary>
    /// <param name="id">The stress test.</param>
    /// <param name="json">Its stored answers.</param>
    /// <param name="read">Reads the text when it is not in the cache.</param>
    public AnswerSheet Read(Guid id, string json, Func<string, AnswerSheet> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(read);
        if (_sheets.TryGetValue(id, out Entry? kept) && kept is not null && string.Equals(kept.Json, json, StringComparison.Ordinal))
        {
            return kept.Sheet;
        }

        var sheet = read(json);
        _sheets.Set(id, new Entry(json, sheet), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return sheet;
    }

    /// <inheritdoc />
    public void Dispose() => _sheets.Dispose();

    private sealed record Entry(string Json, AnswerSheet Sheet);
}
