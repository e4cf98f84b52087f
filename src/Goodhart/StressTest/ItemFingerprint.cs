using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Goodhart.StressTest;

/// <summary>
/// A short fingerprint of the wording a respondent saw for a rated item (its text and five anchors),
/// so that answers given to one version of an instrument can be checked against another.
/// </summary>
public static class ItemFingerprint
{
    /// <summary>The fingerprint of one item: 12 hex digits of SHA-256 over its text and anchors.</summary>
    /// <param name="item">The item.</param>
    public static string Of(RatedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = string.Join("\n", [item.Text, .. item.Anchors]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>Fingerprints of every item of an instrument, by item id.</summary>
    /// <param name="instrument">The instrument.</param>
    public static ImmutableSortedDictionary<string, string> Of(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.AllItems.ToImmutableSortedDictionary(i => i.Id, Of, StringComparer.Ordinal);
    }

    /// <summary>
    /// The items whose wording differs between what the respondent saw and the instrument now: changed,
    /// removed or added, by id, sorted.
    /// </summary>
    /// <param name="seen">The fingerprints stored with the answers.</param>
    /// <param name="instrument">The instrument now.</param>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> seen, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var now = Of(instrument);
        return seen.Keys.Union(now.Keys)
            .Where(id => !seen.TryGetValue(id, out var a) || !now.TryGetValue(id, out var b) || a != b)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
