namespace Goodhart.Registry;

/// <summary>One reason a measure looks like ornament, with a plain-language explanation for its card.</summary>
/// <param name="Kind">Which sign it is.</param>
/// <param name="Reason">What was found and why it matters, in plain words.</param>
public sealed record HealthFlag(HealthFlagKind Kind, string Reason);
