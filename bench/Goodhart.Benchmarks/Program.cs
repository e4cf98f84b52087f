using BenchmarkDotNet.Running;
using Goodhart.Benchmarks;

if (args is ["floor", .. var rest])
{
    return DuckDbFloor.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
return 0;
