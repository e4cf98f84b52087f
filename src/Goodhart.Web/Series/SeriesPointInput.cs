namespace Goodhart.Web.Series;

/// <summary>One value as typed into the form: kept as text so a bad entry comes back exactly as typed.</summary>
public sealed class SeriesPointInput
{
    /// <summary>The period's date, <c>yyyy-mm-dd</c>.</summary>
    public string? Period { get; set; }

    /// <summary>The value.</summary>
    public string? Value { get; set; }

    /// <summary>The denominator, or empty.</summary>
    public string? Denominator { get; set; }
}
