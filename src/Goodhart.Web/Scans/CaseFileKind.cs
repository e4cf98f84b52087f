namespace Goodhart.Web.Scans;

/// <summary>What an uploaded file's bytes show it to be.</summary>
public enum CaseFileKind
{
    /// <summary>Neither text nor a Parquet file nor a workbook.</summary>
    Unknown,

    /// <summary>UTF-8 text: a CSV, TSV or TXT table (the delimiter is found from the header when read).</summary>
    Text,

    /// <summary>An Apache Parquet file.</summary>
    Parquet,

    /// <summary>An Excel workbook (Office Open XML).</summary>
    Xlsx,
}
