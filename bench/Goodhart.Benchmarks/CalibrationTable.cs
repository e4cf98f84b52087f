using System.Globalization;
using Goodhart.Data.Simulation;
using Goodhart.Scan;

namespace Goodhart.Benchmarks;

/// <summary>
/// The full calibration of the gaming scan: every standard condition (a clean log and each kind of gaming alone) over
/// many seeds, printed as a table of alerts per detector. Run by <c>bench/calibrate-scan.sh</c>.
/// </summary>
internal static class CalibrationTable
{
    /// <summary>Runs the calibration and prints the table.</summary>
    /// <param name="args"><c>[SEEDS] [CASES]</c>, 200 seeds of 200,000 cases by default.</param>
    public static int Run(string[] args)
    {
        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var cases = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;
        var started = DateTime.UtcNow;
        var cells = ScanCalibration.Run(ScanCalibration.StandardConditions, seeds, cases, progress: (done, total) =>
        {
            if (done % 10 == 0 || done == total)
            {
                var elapsed = DateTime.UtcNow - started;
                Console.Error.WriteLine($"{done}/{total} scans, {elapsed.TotalMinutes:0.0} min");
            }
        });

        Console.WriteLine($"Alerts (watches) per {seeds} simulated logs of {cases:N0} cases; rows: what was injected; columns: the finding.");
        Console.WriteLine();
        Console.WriteLine("| injected | " + string.Join(" | ", ScanCodes.All) + " |");
        Console.WriteLine("|---|" + string.Concat(ScanCodes.All.Select(_ => "---|")));
        foreach (var condition in cells.GroupBy(c => c.Condition))
        {
            var row = condition.Select(c => c.NotEnoughData == c.Runs ? "n/a" : $"{c.Alerts} ({c.Watches})");
            Console.WriteLine($"| {condition.Key} | " + string.Join(" | ", row) + " |");
        }

        return 0;
    }
}
