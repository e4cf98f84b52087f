namespace Goodhart.Web.Series;

/// <summary>The upload form: a file and the names of its columns.</summary>
public sealed class SeriesUploadInput
{
    /// <summary>The CSV or XLSX file.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The column with each period's date.</summary>
    public string? DateColumn { get; set; }

    /// <summary>The column with each period's value.</summary>
    public string? ValueColumn { get; set; }

    /// <summary>The column with each period's denominator, or empty for none.</summary>
    public string? DenominatorColumn { get; set; }
}
