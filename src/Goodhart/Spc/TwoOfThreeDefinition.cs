namespace Goodhart.Spc;

/// <summary>
/// Which definition of the two-of-three rule to apply, or none. In every definition only the points beyond the
/// 2-sigma line are flagged, so the third point of a window is flagged only if it is beyond 2 sigma itself.
/// </summary>
public enum TwoOfThreeDefinition
{
    /// <summary>The rule is off.</summary>
    Off,

    /// <summary>
    /// NHS England's definition of November 2023 (Making Data Count; announced in NHSRplotthedots issue #194): in
    /// any three consecutive points, all on the same side of the centre line, two or more beyond the 2-sigma line
    /// on that side signal — points beyond the 3-sigma limit count too.
    /// </summary>
    Nhs2023,

    /// <summary>
    /// The earlier definition, as NHSRplotthedots still implements it (R/ptd_calculate_point_type.R,
    /// ptd_two_in_three): as <see cref="Nhs2023"/>, but only points between the 2-sigma line and the 3-sigma
    /// limit count; a point beyond 3 sigma is a signal of its own.
    /// </summary>
    Earlier,

    /// <summary>
    /// PowerBI-SPC's definition (src/Outlier Flagging/twoInThree.ts): points beyond 2 sigma count +1 above and −1
    /// below; a window of three whose sum reaches ±2 signals, wherever its third point lies.
    /// </summary>
    AnySide,
}
