namespace Goodhart.Data.Cases;

/// <summary>
/// The cases a summary left out, by reason, so a user can see how much of the file was not counted and why.
/// </summary>
/// <param name="Missing">Cases with no start, end or duration recorded.</param>
/// <param name="Unparseable">Cases whose start or end time (or duration) could not be read as one.</param>
/// <param name="EndBeforeStart">Cases that end before they start.</param>
/// <param name="Negative">Cases with a negative recorded duration.</param>
/// <param name="AboveCap">Cases with an absurd duration: above the mapping's cap.</param>
/// <param name="UnparseableExamples">The first few values that could not be read, as written.</param>
public sealed record CaseExclusions(long Missing, long Unparseable, long EndBeforeStart, long Negative, long AboveCap, IReadOnlyList<string> UnparseableExamples)
{
    /// <summary>No case left out.</summary>
    public static CaseExclusions None { get; } = new(0, 0, 0, 0, 0, []);

    /// <summary>All cases left out.</summary>
    public long Total => Missing + Unparseable + EndBeforeStart + Negative + AboveCap;

    /// <summary>Equal counts and equal examples, in order.</summary>
    /// <param name="other">The exclusions to compare with.</param>
    public bool Equals(CaseExclusions? other) =>
        other is not null && Missing == other.Missing && Unparseable == other.Unparseable && EndBeforeStart == other.EndBeforeStart
        && Negative == other.Negative && AboveCap == other.AboveCap && UnparseableExamples.SequenceEqual(other.UnparseableExamples);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Missing, Unparseable, EndBeforeStart, Negative, AboveCap, UnparseableExamples.Count);
}
