namespace Goodhart.Registry;

/// <summary>What hangs on a measure's target being met: the more that does, the stronger the pull to bend the work.</summary>
public enum TargetAttachment
{
    /// <summary>Nothing beyond the conversation about it.</summary>
    Nothing,

    /// <summary>Units are ranked against each other on it.</summary>
    LeagueTable,

    /// <summary>Pay, bonuses or contract payments depend on it.</summary>
    Pay,

    /// <summary>An inspector or regulator judges the service on it.</summary>
    Inspection,
}
