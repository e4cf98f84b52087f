using BenchmarkDotNet.Running;

if (args is ["cases", .. var rest])
{
    return Goodhart.Benchmarks.CaseSummaryTimings.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Goodhart.Benchmarks.ReportBenchmarks).Assembly).Run(args);
return 0;
