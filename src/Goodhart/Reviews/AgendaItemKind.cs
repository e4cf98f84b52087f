namespace Goodhart.Reviews;

/// <summary>The kinds of agenda item, in the order the agenda lists them.</summary>
public enum AgendaItemKind
{
    /// <summary>An action from an earlier review, not yet done: first, so promises are checked before new business.</summary>
    OpenAction,

    /// <summary>A signal on a chart that no review has given a disposition yet.</summary>
    NewSignal,

    /// <summary>A gaming-scan finding since the last review.</summary>
    ScanFinding,

    /// <summary>A measure past the date its cadence says it should have been reviewed.</summary>
    ReviewOverdue,

    /// <summary>A measure whose health check found signs of ornament.</summary>
    Ornament,

    /// <summary>A measure whose last stress test is older than <see cref="AgendaOptions.StressTestMonths"/>.</summary>
    StressTestStale,
}
