namespace Goodhart.Web.Series;

/// <summary>How to chart the series, as typed into the form: kept as text so a bad entry comes back exactly as typed.</summary>
public sealed class SeriesOptionsInput
{
    /// <summary>The chart kind's id (<c>i</c>, <c>run</c>, <c>c</c>, <c>p</c>, <c>pp</c>, <c>u</c>, <c>up</c>).</summary>
    public string? Chart { get; set; }

    /// <summary>The number of first periods the limits are fixed on, or empty for all.</summary>
    public string? Baseline { get; set; }

    /// <summary>The dates that start a new phase, <c>yyyy-mm-dd</c>, separated by spaces or commas.</summary>
    public string? PhaseStarts { get; set; }
}
