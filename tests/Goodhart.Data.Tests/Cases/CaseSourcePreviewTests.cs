using Goodhart.Data.Cases;
using Goodhart.Data.Simulation;
using Goodhart.Data.Tests.Support;
using Goodhart.Simulation;

namespace Goodhart.Data.Tests.Cases;

public sealed class CaseSourcePreviewTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Preview_Csv_GivesTheFirstRowsAsText()
    {
        var path = _folder.Write("cases.csv", "id,arrived,left\n1,2026-01-01 10:00,2026-01-01 13:00\n2,,2026-01-02 09:30\n3,2026-01-03 08:00,2026-01-03 08:45\n");
        using var source = CaseSource.Open(path).Value!;

        var preview = source.Preview(2).Value!;

        Assert.Equal(["id", "arrived", "left"], preview.Columns.Select(c => c.Name));
        Assert.Equal(2, preview.Rows.Count);
        Assert.Equal(["1", "2026-01-01 10:00", "2026-01-01 13:00"], preview.Rows[0]);
        Assert.Equal(["2", null, "2026-01-02 09:30"], preview.Rows[1]);
    }

    [Fact]
    public void Preview_Parquet_WritesTimesAsIso()
    {
        var path = System.IO.Path.Combine(_folder.Path, "cases.parquet");
        CaseLogWriter.Write(path, new CaseLogSimulator(new SimulationSettings(50, 3)).Cases());
        using var source = CaseSource.Open(path).Value!;

        var preview = source.Preview(5).Value!;

        Assert.Equal(5, preview.Rows.Count);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$", preview.Rows[0][2]);
    }
}
