namespace Goodhart.Spc;

/// <summary>Which definition of the two-of-three rule to apply, or none.</summary>
public enum TwoOfThreeDefinition
{
    /// <summary>The rule is off.</summary>
    Off,

    /// <summary>
    /// NHS England's definition of November 2023 (Making Data Count): in any three consecutive points, two or
    /// more beyond the same 2-sigma line (points beyond the 3-sigma limit count) signal; only the points beyond
    /// 2 sigma are flagged, so the third point is flagged only if it is beyond 2 sigma itself.
    /// </summary>
    Nhs2023,

    /// <summary>
    /// The earlier definition, as NHSRplotthedots implements it (R/ptd_calculate_point_type.R, ptd_two_in_three):
    /// only points between the 2-sigma line and the 3-sigma limit count, all three points must lie on the same
    /// side of the centre line, and the points between 2 and 3 sigma are flagged.
    /// </summary>
    Earlier,
}
