namespace Goodhart.Statistics.Digits;

/// <summary>
/// Nigrini's conformity ranges for the mean absolute deviation from Benford's law (Nigrini 2012, <i>Benford's Law</i>,
/// Wiley, Table 7.1): first digits 0.006 / 0.012 / 0.015, first-two digits 0.0012 / 0.0018 / 0.0022, each limit
/// belonging to the range below it.
/// </summary>
public enum BenfordConformity
{
    /// <summary>Close conformity.</summary>
    Close,

    /// <summary>Acceptable conformity.</summary>
    Acceptable,

    /// <summary>Marginally acceptable conformity.</summary>
    Marginal,

    /// <summary>Nonconformity.</summary>
    Nonconformity,
}
