using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Data.Tests.Support;

namespace Goodhart.Data.Tests.Scan;

public sealed class PostgresScanRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestPostgres _postgres = new();

    public void Dispose()
    {
        _postgres.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Run_OnPostgres_SameFindingsAsDuckDb()
    {
        var csv = CaseLog.Generate(3_000, dirty: true).WriteCsv(_folder);
        var table = TestPostgres.UniqueName("scan");
        _postgres.LoadCsv(table, ["id", "arrived", "left", "disposal"], csv);
        var mapping = new CaseMapping(CaseLog.Threshold) { Start = "arrived", End = "left", Category = "disposal", Exempt = ["C"] };

        using var duck = CaseSource.Open(csv).Value!;
        using var server = CaseSource.OpenPostgres(_postgres.ConnectionString, table).Value!;
        var expected = ScanRunner.Run(duck, mapping).Value!;
        var actual = ScanRunner.Run(server, mapping).Value!;

        Assert.Equal(expected.Counted, actual.Counted);
        Assert.Equal(expected.Excluded, actual.Excluded);
        Assert.Equal(expected.Tests, actual.Tests);
        Assert.Equal(expected.Findings.Select(f => (f.Code, f.Severity, f.Sentence)), actual.Findings.Select(f => (f.Code, f.Severity, f.Sentence)));
        Assert.Equal(expected.Findings.Select(f => f.AdjustedPValue), actual.Findings.Select(f => f.AdjustedPValue));
    }
}
