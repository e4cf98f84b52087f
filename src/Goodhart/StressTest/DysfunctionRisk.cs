namespace Goodhart.StressTest;

/// <summary>How likely a dysfunction is for this measure.</summary>
/// <param name="DysfunctionId">The dysfunction id.</param>
/// <param name="Title">Its name.</param>
/// <param name="Likelihood">0–100: its checklist ease blended with the answers named as its evidence.</param>
/// <param name="Ease">The checklist answer, or <c>null</c> when not rated.</param>
/// <param name="Likely">Whether the likelihood reaches the instrument's threshold.</param>
/// <param name="Description">What it looks like.</param>
/// <param name="Reasons">The answers that drove it, for people.</param>
public sealed record DysfunctionRisk(
    string DysfunctionId,
    string Title,
    double Likelihood,
    int? Ease,
    bool Likely,
    string Description,
    IReadOnlyList<string> Reasons);
