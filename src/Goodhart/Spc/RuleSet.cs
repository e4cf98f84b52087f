namespace Goodhart.Spc;

/// <summary>A named set of rules for telling special-cause variation from common-cause variation.</summary>
public enum RuleSet
{
    /// <summary>
    /// Making Data Count (NHS England): a point beyond a 3-sigma limit, a shift of 7 points on one side of
    /// the centre line, a trend of 7 points, two of three points beyond 2 sigma on the same side.
    /// </summary>
    Mdc,

    /// <summary>
    /// Anhøj's runs rules (qicharts2): an unusually long run on one side of the centre line, or unusually
    /// few crossings of it; on control charts also a point beyond a 3-sigma limit, as qicharts2 does.
    /// </summary>
    Anhoej,
}
