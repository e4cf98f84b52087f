namespace Goodhart.Findings;

/// <summary>
/// How a finding's severity follows from its adjusted p-value and its effect size. <see cref="Severity.Alert"/> needs
/// both: the adjusted p-value below <see cref="Level"/> and the effect at or above its practical minimum.
/// <see cref="Severity.Watch"/> is one without the other; <see cref="Severity.Clear"/> is neither. A finding whose
/// test could not run is <see cref="Severity.NotEnoughData"/>, never <see cref="Severity.Clear"/>.
/// </summary>
/// <param name="Level">
/// The significance level the adjusted p-value must fall below (default 0.01: a stricter level than the usual 0.05,
/// because an alert is a claim about people's work and is checked after the Holm correction across a scan).
/// </param>
public sealed record SeverityRule(double Level = 0.01)
{
    /// <summary>The default rule: adjusted p below 0.01 and a practical effect.</summary>
    public static SeverityRule Default { get; } = new();

    /// <summary>The severity for an adjusted p-value and an effect size; <see cref="Severity.NotEnoughData"/> when either is missing or not a number.</summary>
    /// <param name="adjustedPValue">The p-value after the multiple-testing correction.</param>
    /// <param name="effect">The effect size with its practical minimum.</param>
    /// <param name="canAlert">False to hold the result at <see cref="Severity.Watch"/> at most (see <see cref="Finding.CanAlert"/>).</param>
    public Severity Classify(double? adjustedPValue, EffectSize? effect, bool canAlert = true)
    {
        if (!(Level > 0 && Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "The level must lie strictly between 0 and 1.");
        }

        if (adjustedPValue is not { } p || double.IsNaN(p) || effect is null || double.IsNaN(effect.Value))
        {
            return Severity.NotEnoughData;
        }

        var convincing = p < Level;
        var sizeable = effect.IsPractical;
        return (convincing, sizeable) switch
        {
            (true, true) => canAlert ? Severity.Alert : Severity.Watch,
            (false, false) => Severity.Clear,
            _ => Severity.Watch,
        };
    }
}
