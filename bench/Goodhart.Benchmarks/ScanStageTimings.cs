using System.Diagnostics;
using Goodhart.Data.Cases;
using Goodhart.Data.Scan;

namespace Goodhart.Benchmarks;

/// <summary>
/// Times each stage of a whole scan of a simulated case log (the columns `goodhart simulate` writes), so the slow
/// stages can be found: the seconds from one stage's start to the next's, and the process's peak memory.
/// </summary>
internal static class ScanStageTimings
{
    public static int Run(string[] args)
    {
        if (args is not [var file])
        {
            Console.Error.WriteLine("usage: stages FILE (a log written by goodhart simulate)");
            return 2;
        }

        var mapping = new CaseMapping(240)
        {
            Start = "arrival",
            End = "departure",
            Category = "category",
            Exempt = ["clinical-exception"],
            Priority = "priority",
            Person = "person_id",
        };
        var total = Stopwatch.StartNew();
        using var source = CaseSource.Open(file).Value!;
        var watch = Stopwatch.StartNew();
        var cpu = TimeSpan.Zero;
        string? current = null;

        // Processor time beside wall time: on a busy machine the work done varies far less than the wait.
        void Lap(string? next)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            if (current is not null)
            {
                Console.WriteLine($"{current,-48} {watch.Elapsed.TotalSeconds,6:0.00} s  processor {(now - cpu).TotalSeconds,6:0.00} s");
            }

            current = next;
            cpu = now;
            watch.Restart();
        }

        var result = ScanRunner.Run(source, mapping, progress: new Inline(stage => Lap(stage.Name)));
        Lap(null);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{"total",-48} {total.Elapsed.TotalSeconds,6:0.00} s  peak {process.PeakWorkingSet64 / 1048576} MB  {(result.Value is null ? string.Join("; ", result.Problems) : "ok")}");
        return 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and blur the laps).</summary>
    private sealed class Inline(Action<ScanStage> report) : IProgress<ScanStage>
    {
        public void Report(ScanStage value) => report(value);
    }
}
