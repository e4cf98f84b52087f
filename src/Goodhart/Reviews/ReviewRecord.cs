namespace Goodhart.Reviews;

/// <summary>What the review log says about one measure, for its health check.</summary>
/// <param name="LastDiscussedOn">The last review that listed it among the measures discussed, or <c>null</c>.</param>
/// <param name="Ignored">Its signals that reviews passed over (see <see cref="OrnamentRule"/>), or <c>null</c>.</param>
public sealed record ReviewRecord(DateOnly? LastDiscussedOn, IgnoredSignals? Ignored);
