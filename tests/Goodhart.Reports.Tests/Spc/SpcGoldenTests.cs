using Goodhart.Reports.Spc;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Spc;

/// <summary>
/// The text outputs, compared exactly with committed files. The SVG and HTML outputs are not golden files:
/// ScottPlot places text by the installed font's metrics, so they are checked by content instead.
/// </summary>
public sealed class SpcGoldenTests
{
    private static readonly Goodhart.Spc.SpcResult[] Results = [SpcResults.Small(), SpcResults.Monthly("Median wait, \"ED\"")];

    [Fact]
    public void WritePoints_Sample_MatchesTheGoldenFile()
    {
        using var writer = new StringWriter();
        SpcCsv.WritePoints(writer, Results);

        Golden.Verify(writer.ToString(), "Spc/Golden/points.verified.csv");
    }

    [Fact]
    public void WriteSummary_Sample_MatchesTheGoldenFile()
    {
        using var writer = new StringWriter();
        SpcCsv.WriteSummary(writer, Results);

        Golden.Verify(writer.ToString(), "Spc/Golden/summary.verified.csv");
    }

    [Fact]
    public void Write_Sample_MatchesTheGoldenFile()
    {
        Golden.Verify(SpcJson.Write(Results), "Spc/Golden/series.verified.json");
    }
}
