namespace Goodhart.Spc;

/// <summary>Whose choices to reproduce, for users who move from another SPC tool.</summary>
public enum SpcCompat
{
    /// <summary>Goodhart's own defaults.</summary>
    None,

    /// <summary>The NHSRplotthedots R package (NHS-R community).</summary>
    NhsrPlotTheDots,

    /// <summary>The qicharts2 R package (Anhøj).</summary>
    Qicharts2,

    /// <summary>The PowerBI-SPC custom visual (WA Health).</summary>
    PowerBiSpc,
}
