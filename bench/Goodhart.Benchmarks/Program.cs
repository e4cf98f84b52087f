using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Goodhart.Benchmarks.ReportBenchmarks).Assembly).Run(args);
