using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Data.Tests.Support;
using Goodhart.Findings;
using Goodhart.Scan;

namespace Goodhart.Data.Tests.Scan;

public sealed class ScanRunnerTests : IDisposable
{
    private static readonly CaseMapping Timed = new(CaseLog.Threshold) { Start = "arrived", End = "left" };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_StartAndEnd_ReportsEveryStageInOrderAndCountsLikeTheHistogram()
    {
        var log = CaseLog.Generate(2_000, dirty: true);
        using var source = Open(log.WriteCsv(_folder));
        var stages = new List<ScanStage>();

        var result = ScanRunner.Run(source, Timed, progress: new Collect(stages)).Value!;

        Assert.Equal(ScanRunner.Stages, stages.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(0, ScanRunner.Stages.Count), stages.Select(s => s.Index));
        Assert.All(stages, s => Assert.Equal(ScanRunner.Stages.Count, s.Count));
        Assert.Equal(ScanCodes.All, result.Findings.Select(f => f.Code));
        Assert.Equal(log.Valid.Count(), result.Counted);
        Assert.Equal(6, result.Excluded); // the six dirty rows (see CaseSourceTests)
        Assert.Contains(result.Warnings, w => w.Contains("%d/%m/%Y", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OptionalColumnsNotMapped_FindingsNameTheOptionsTheyNeed()
    {
        using var source = Open(CaseLog.Generate(500, dirty: false).WriteCsv(_folder));

        var result = ScanRunner.Run(source, Timed with { Category = "disposal" }).Value!;

        Assert.All(result.Findings.Skip(4), f => Assert.Equal(Severity.NotEnoughData, f.Severity));
        Assert.Contains("--category and --exempt", result[ScanCodes.Reclassification].Sentence, StringComparison.Ordinal);
        Assert.Contains("--priority", result[ScanCodes.CherryPicking].Sentence, StringComparison.Ordinal);
        Assert.Contains("--person", result[ScanCodes.Rework].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DurationOnly_StoringUpNeedsTheEndColumn()
    {
        using var source = Open(CaseLog.Generate(500, dirty: false).WriteDurationCsv(_folder));

        var result = ScanRunner.Run(source, new CaseMapping(CaseLog.Threshold) { Duration = "minutes" }).Value!;

        Assert.Equal(Severity.NotEnoughData, result[ScanCodes.StoringUp].Severity);
        Assert.Contains("--end", result[ScanCodes.StoringUp].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MisspeltPriorityColumn_ProblemListsTheColumnsThatExist()
    {
        using var source = Open(CaseLog.Generate(50, dirty: false).WriteCsv(_folder));
        var stages = new List<ScanStage>();

        var run = ScanRunner.Run(source, Timed with { Priority = "triage" }, progress: new Collect(stages));

        var problem = Assert.Single(run.Problems);
        Assert.Contains("'triage'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("id, arrived, left, disposal", problem.Message, StringComparison.Ordinal);
        Assert.Empty(stages); // nothing was counted
    }

    [Fact]
    public void Run_HeaderOnly_SaysThereAreNoCases()
    {
        using var source = Open(_folder.Write("empty.csv", "id,arrived,left\n"));

        var run = ScanRunner.Run(source, Timed);

        Assert.Contains("no cases", Assert.Single(run.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FractionalThreshold_IsAProblemNamingTheThreshold()
    {
        using var source = Open(CaseLog.Generate(50, dirty: false).WriteCsv(_folder));

        var run = ScanRunner.Run(source, Timed with { Threshold = 239.5 });

        Assert.Equal("threshold", Assert.Single(run.Problems).Field);
    }

    private static CaseSource Open(string path) => CaseSource.Open(path).Value!;

    private sealed class Collect(List<ScanStage> stages) : IProgress<ScanStage>
    {
        public void Report(ScanStage value) => stages.Add(value);
    }
}
