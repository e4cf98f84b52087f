using BenchmarkDotNet.Running;
using Goodhart.Benchmarks;

switch (args)
{
    case ["floor", .. var rest]:
        return DuckDbFloor.Run(rest);
    case ["calibrate", .. var rest]:
        return CalibrationTable.Run(rest);
    case ["stages", .. var rest]:
        return ScanStageTimings.Run(rest);
    case ["cases", .. var rest]:
        return CaseSummaryTimings.Run(rest);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
        return 0;
}
