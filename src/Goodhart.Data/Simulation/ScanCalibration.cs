using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Findings;
using Goodhart.Scan;
using Goodhart.Simulation;

namespace Goodhart.Data.Simulation;

/// <summary>
/// The scan's calibration against known truth: simulated logs, clean and with each kind of gaming, are written to
/// Parquet, scanned through the same data layer and detectors as a user's file, and the severities counted per
/// detector. On clean logs the alerts estimate the false-alarm rate; on gamed logs, the power at that strength.
/// </summary>
public static class ScanCalibration
{
    /// <summary>
    /// A clean log, then each kind of gaming on its own, at strengths where the gaming is plain in the log's own
    /// numbers (the strengths the docs and the calibration table report): parking at 0.8 slows breached cases' completion
    /// rate by 40%, storing-up at 1 holds every eligible case, cherry-picking at 0.8 handles 80% of cases out of turn.
    /// </summary>
    public static IReadOnlyList<CalibrationCondition> StandardConditions { get; } =
    [
        new("clean", GamingStrengths.None),
        new("rushing=0.3", GamingStrengths.Parse("rushing=0.3")),
        new("parking=0.8", GamingStrengths.Parse("parking=0.8")),
        new("pretend-numbers=0.3", GamingStrengths.Parse("pretend-numbers=0.3")),
        new("storing-up=1", GamingStrengths.Parse("storing-up=1")),
        new("reclassification=0.3", GamingStrengths.Parse("reclassification=0.3")),
        new("cherry-picking=0.8", GamingStrengths.Parse("cherry-picking=0.8")),
        new("rework=0.3", GamingStrengths.Parse("rework=0.3")),
    ];

    /// <summary>The columns of a simulated log, as the scan should read them (the truth file's suggested options).</summary>
    /// <param name="settings">The simulation's settings.</param>
    public static CaseMapping MappingFor(SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CaseMapping(settings.Threshold)
        {
            Start = "arrival",
            End = "departure",
            Comply = Cases.ComplySide.Below,
            Category = "category",
            Exempt = [SimulationSettings.ExemptCategory],
            Priority = "priority",
            Person = "person_id",
        };
    }

    /// <summary>Simulates, writes, scans and counts, seed by seed.</summary>
    /// <param name="conditions">The kinds of log to simulate.</param>
    /// <param name="seeds">How many logs of each kind (seeds <paramref name="firstSeed"/> onwards).</param>
    /// <param name="cases">Cases per log.</param>
    /// <param name="firstSeed">The first seed.</param>
    /// <param name="progress">Told after each scan with the number done and the total; <c>null</c> for none.</param>
    /// <returns>One cell per condition and finding code, in the order of the conditions and of <see cref="ScanCodes.All"/>.</returns>
    public static IReadOnlyList<CalibrationCell> Run(IReadOnlyList<CalibrationCondition> conditions, int seeds, long cases, int firstSeed = 1, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cases, 1);
        var folder = Directory.CreateTempSubdirectory("goodhart-calibration-");
        try
        {
            var cells = new List<CalibrationCell>();
            var done = 0;
            foreach (var condition in conditions)
            {
                var tally = ScanCodes.All.ToDictionary(c => c, _ => new int[3]);
                for (var seed = firstSeed; seed < firstSeed + seeds; seed++)
                {
                    var settings = new SimulationSettings(cases, seed) { Gaming = condition.Gaming };
                    var result = ScanOnce(settings, Path.Combine(folder.FullName, "log.parquet"));
                    foreach (var finding in result.Findings)
                    {
                        var counts = tally[finding.Code];
                        switch (finding.Severity)
                        {
                            case Severity.Alert: counts[0]++; break;
                            case Severity.Watch: counts[1]++; break;
                            case Severity.NotEnoughData: counts[2]++; break;
                            default: break;
                        }
                    }

                    progress?.Invoke(++done, conditions.Count * seeds);
                }

                cells.AddRange(ScanCodes.All.Select(c => new CalibrationCell(condition.Name, c, seeds, tally[c][0], tally[c][1], tally[c][2])));
            }

            return cells;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Simulates one log, writes it to <paramref name="path"/> and scans it.</summary>
    /// <param name="settings">The simulation's settings.</param>
    /// <param name="path">Where to write the Parquet file (replaced).</param>
    public static ScanResult ScanOnce(SimulationSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        CaseLogWriter.Write(path, new CaseLogSimulator(settings).Cases());
        var opened = CaseSource.Open(path);
        using var source = opened.Value ?? throw new InvalidOperationException(string.Join("; ", opened.Problems.Select(p => p.Message)));
        var scanned = ScanRunner.Run(source, MappingFor(settings));
        return scanned.Value ?? throw new InvalidOperationException(string.Join("; ", scanned.Problems.Select(p => p.Message)));
    }
}
