using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Reviews;

namespace Goodhart.Registry;

/// <summary>
/// Names ornamental measures: those that are reported but do not run the work, because nobody owns them, no decision
/// hangs on them, nobody reviews them, their target has nothing watching for the harm done in meeting it, their
/// definition is too thin to count the same way twice, or their owner has too many to attend to.
/// </summary>
public static partial class MeasureHealthCheck
{
    /// <summary>Checks every measure of a registry against the others (for owner load) as of <paramref name="today"/>.</summary>
    /// <param name="registry">Every measure's card.</param>
    /// <param name="today">The day checked.</param>
    /// <param name="options">The thresholds, or <c>null</c> for <see cref="HealthCheckOptions.Default"/>.</param>
    /// <param name="reviews">
    /// What the review log says about each measure, or <c>null</c> without one. A measure the log has discussed counts
    /// its review from that meeting instead of the card's "last reviewed" date; the log alone can show that a measure's
    /// signals are passed over (<see cref="HealthFlagKind.NeverDiscussed"/>).
    /// </param>
    public static RegistryHealth Check(
        IReadOnlyList<MeasureCard> registry, DateOnly today, HealthCheckOptions? options = null, IReadOnlyDictionary<Guid, ReviewRecord>? reviews = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= HealthCheckOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxMeasuresPerOwner);

        var owned = registry
            .Where(m => !IsBlank(m.Owner))
            .GroupBy(m => OwnerKey(m.Owner!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Name: g.First().Owner!.Trim(), Count: g.Count()), StringComparer.Ordinal);
        var overloaded = owned.Values
            .Where(o => o.Count > options.MaxMeasuresPerOwner)
            .ToDictionary(o => o.Name, o => o.Count, StringComparer.OrdinalIgnoreCase);

        var results = registry.Select(card =>
        {
            var load = IsBlank(card.Owner) ? 0 : owned[OwnerKey(card.Owner!)].Count;
            var record = reviews is not null && reviews.TryGetValue(card.Id, out var r) ? r : null;
            if (record?.LastDiscussedOn is { } discussed)
            {
                card = card with { LastReviewedOn = discussed };
            }

            return new MeasureHealth(card.Id, Flags(card, load, today, options, record?.Ignored));
        }).ToList();
        return new RegistryHealth(results, overloaded);
    }

    /// <summary>The number of words in a text: runs of letters or digits.</summary>
    public static int CountWords(string? text) => IsBlank(text) ? 0 : Word().Count(text!);

    private static List<HealthFlag> Flags(MeasureCard card, int ownerLoad, DateOnly today, HealthCheckOptions options, IgnoredSignals? ignored)
    {
        var flags = new List<HealthFlag>();
        if (IsBlank(card.Owner))
        {
            flags.Add(new HealthFlag(HealthFlagKind.NoOwner,
                "Nobody is named as its owner, so nobody is answerable for acting when it moves."));
        }

        if (IsBlank(card.DecisionInformed))
        {
            flags.Add(new HealthFlag(HealthFlagKind.NoDecision,
                "No decision is named that it informs: a number that decides nothing is reported, not used."));
        }

        var since = card.LastReviewedOn ?? card.CreatedOn;
        var due = card.Cadence.After(since, 2);
        if (today > due)
        {
            var cadence = card.Cadence.Describe();
            flags.Add(new HealthFlag(HealthFlagKind.ReviewOverdue, card.LastReviewedOn is { } last
                ? $"Last reviewed on {Date(last)}; reviewed {cadence}, it should have been looked at again by {Date(card.Cadence.After(last, 1))}, and two reviews have now been missed."
                : $"Never reviewed since it was added on {Date(card.CreatedOn)}; reviewed {cadence}, two reviews have now been missed."));
        }

        if (card.TargetValue is { } target && card.BalancingMeasureIds.Count == 0)
        {
            var attached = card.TargetAttachment switch
            {
                TargetAttachment.LeagueTable => " Units are ranked on it, which adds to the pull.",
                TargetAttachment.Pay => " Pay depends on it, which adds to the pull.",
                TargetAttachment.Inspection => " Inspectors judge the service on it, which adds to the pull.",
                _ => "",
            };
            flags.Add(new HealthFlag(HealthFlagKind.TargetWithoutBalancing,
                $"It has a target ({target.ToString("G", CultureInfo.InvariantCulture)}) but no balancing measure, so nothing would show the harm done in meeting it.{attached}"));
        }

        var words = CountWords(card.Definition);
        if (words < options.MinDefinitionWords || IsBlank(card.Formula))
        {
            var problems = new List<string>();
            if (words < options.MinDefinitionWords)
            {
                problems.Add(words == 0
                    ? "it has no definition"
                    : $"its definition has {words} word{(words == 1 ? "" : "s")}, fewer than the {options.MinDefinitionWords} needed to say what counts and what does not");
            }

            if (IsBlank(card.Formula))
            {
                problems.Add("no formula says how the number is worked out");
            }

            flags.Add(new HealthFlag(HealthFlagKind.VagueDefinition,
                $"Its definition is vague: {string.Join(", and ", problems)}. Two people could count it differently."));
        }

        if (!IsBlank(card.Owner) && ownerLoad > options.MaxMeasuresPerOwner)
        {
            flags.Add(new HealthFlag(HealthFlagKind.OwnerOverloaded,
                $"Its owner, {card.Owner!.Trim()}, owns {ownerLoad} measures, more than the {options.MaxMeasuresPerOwner} one person can give attention to."));
        }

        if (ignored is not null)
        {
            var signals = ignored.Count == 1 ? "a signal" : $"{ignored.Count} signals";
            var meetings = ignored.MeetingsSince == 1 ? "a review has" : $"{ignored.MeetingsSince} reviews have";
            flags.Add(new HealthFlag(HealthFlagKind.NeverDiscussed,
                $"Its chart has shown {signals} since {Date(ignored.Since)}, and {meetings} been held since without deciding whether any is noise or real, or raising an action on it: it is looked at, not used."));
        }

        return flags;
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string OwnerKey(string owner) => owner.Trim().ToUpperInvariant();

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
