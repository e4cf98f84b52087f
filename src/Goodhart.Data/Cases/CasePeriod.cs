namespace Goodhart.Data.Cases;

/// <summary>The reporting period cases are counted in, taken from the case's end time.</summary>
public enum CasePeriod
{
    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar quarters starting January, April, July and October.</summary>
    Quarter,
}
