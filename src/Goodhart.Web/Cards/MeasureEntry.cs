using Goodhart.Registry;
using Goodhart.Store;

namespace Goodhart.Web.Cards;

/// <summary>A measure with its health check and the measures linked to it either way.</summary>
/// <param name="Measure">The stored card.</param>
/// <param name="Health">Its health check, made against the whole registry.</param>
/// <param name="BalancedBy">The measures that balance it.</param>
/// <param name="Balances">The measures it balances.</param>
public sealed record MeasureEntry(Measure Measure, MeasureHealth Health, IReadOnlyList<Measure> BalancedBy, IReadOnlyList<Measure> Balances)
{
    /// <summary>When it was last reviewed: the last review that discussed it, or else the card's date.</summary>
    public DateOnly? LastReviewedOn { get; init; }

    /// <summary>Whether <see cref="LastReviewedOn"/> comes from the review log rather than the card.</summary>
    public bool ReviewedInLog { get; init; }
}
