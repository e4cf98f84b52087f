namespace Goodhart.StressTest;

/// <summary>One option of a choice question about context.</summary>
/// <param name="Id">Stable id stored in answer files, e.g. <c>pay-or-contract</c>.</param>
/// <param name="Label">The option as shown.</param>
/// <param name="Amplify">
/// How much choosing it raises every dimension score, as a fraction added to the multiplier
/// (0.2 = 20% more). For a several-choices question the largest selected value counts.
/// </param>
public sealed record ContextOption(string Id, string Label, double Amplify);
