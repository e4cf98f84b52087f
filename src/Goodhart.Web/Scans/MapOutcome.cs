namespace Goodhart.Web.Scans;

/// <summary>What became of a mapping sent for a scan.</summary>
public enum MapOutcome
{
    /// <summary>Saved and queued.</summary>
    Queued,

    /// <summary>There is no scan with the id.</summary>
    NotFound,

    /// <summary>The scan is running or waiting to run; it cannot be mapped again until it ends.</summary>
    Busy,

    /// <summary>The mapping has problems, listed by field.</summary>
    Invalid,
}
