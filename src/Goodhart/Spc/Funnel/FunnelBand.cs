namespace Goodhart.Spc.Funnel;

/// <summary>Where a unit's rate falls relative to the funnel limits for its denominator.</summary>
public enum FunnelBand
{
    /// <summary>Inside the 95% limits: consistent with the target given chance (and any allowed over-dispersion).</summary>
    Within95,

    /// <summary>Above the upper 95% limit but not above the upper 99.8% limit (an alert).</summary>
    Above95,

    /// <summary>Below the lower 95% limit but not below the lower 99.8% limit (an alert).</summary>
    Below95,

    /// <summary>Above the upper 99.8% limit (an alarm).</summary>
    Above998,

    /// <summary>Below the lower 99.8% limit (an alarm).</summary>
    Below998,
}
