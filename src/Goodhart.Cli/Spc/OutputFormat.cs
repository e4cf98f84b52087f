namespace Goodhart.Cli.Spc;

/// <summary>What <c>goodhart spc</c> and <c>goodhart funnel</c> write.</summary>
internal enum OutputFormat
{
    Csv,
    SummaryCsv,
    Json,
    Svg,
    Png,
    Html,
}
