using System.CommandLine;
using System.Globalization;
using Goodhart.Data.Simulation;
using Goodhart.Simulation;
using Spectre.Console;

namespace Goodhart.Cli.Simulate;

/// <summary>
/// <c>goodhart simulate</c>: writes a seeded emergency-department-like case log with chosen gaming injected, and its
/// ground truth beside it, as a test bed for the gaming scan.
/// </summary>
internal static class SimulateCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "simulate",
            "Write a simulated case log (arrivals over a year, triage priority, durations in whole minutes, disposal, repeat " +
            "attendances) with chosen kinds of gaming injected at chosen strengths, and the ground truth beside it (FILE.truth.json).");
        var cases = new Option<string>("--cases") { Description = "How many cases, e.g. 100000.", Required = true };
        var seed = new Option<string>("--seed") { Description = "The seed: the same seed and options give the same log (default 1).", DefaultValueFactory = _ => "1" };
        var output = new Option<string>("--out") { Description = "The file to write: .parquet or .csv.", Required = true };
        var gaming = new Option<string?>("--gaming")
        {
            Description = $"Gaming to inject as name=strength pairs, strengths 0 to 1, e.g. rushing=0.3,parking=0.5. Names: {string.Join(", ", GamingStrengths.Names)}.",
        };
        var start = new Option<string>("--start-date") { Description = "The first day of arrivals, yyyy-mm-dd (default 2025-01-01).", DefaultValueFactory = _ => "2025-01-01" };
        var gamingStart = new Option<string?>("--gaming-start") { Description = "The first day of arrival the gaming applies to, yyyy-mm-dd (default: the month start nearest half way through the year)." };
        var threshold = new Option<string>("--threshold") { Description = "The target in minutes (default 240); cases under it meet the target.", DefaultValueFactory = _ => "240" };
        foreach (var option in new Option[] { cases, seed, output, gaming, start, gamingStart, threshold })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var settings = new SimulationSettings(Whole("--cases", parsed.GetValue(cases)!, 1, long.MaxValue), (int)Whole("--seed", parsed.GetValue(seed)!, int.MinValue, int.MaxValue))
            {
                Start = Date("--start-date", parsed.GetValue(start)!),
                Threshold = (int)Whole("--threshold", parsed.GetValue(threshold)!, 60, 100_000),
                Gaming = Strengths(parsed.GetValue(gaming)),
                GamingStart = parsed.GetValue(gamingStart) is { } g ? Date("--gaming-start", g) : null,
            };
            var path = context.Resolve(parsed.GetValue(output)!);
            CheckWritable(path);
            var simulator = new CaseLogSimulator(settings);
            Write(context, path, simulator);
            var truth = simulator.Truth;
            var truthPath = GroundTruthFile.PathFor(path);
            GroundTruthFile.Write(truthPath, truth, Path.GetFileName(path));
            Summarise(context.Out, path, truthPath, truth);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, string path, CaseLogSimulator simulator)
    {
        var total = simulator.Settings.Cases;
        if (context.Progress is null || total < 200_000)
        {
            CaseLogWriter.Write(path, simulator.Cases());
            return;
        }

        context.Progress.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Simulating cases", maxValue: total);
                CaseLogWriter.Write(path, simulator.Cases(), written =>
                {
                    task.Value = written;
                    if (written >= total)
                    {
                        // Every case is in; the copy to the file follows.
                        task.Description = $"Writing {Path.GetFileName(path)}";
                    }
                });
            });
    }

    private static void Summarise(TextWriter output, string path, string truthPath, GroundTruth truth)
    {
        var settings = truth.Settings;
        output.WriteLine(Invariant($"Wrote {truth.Cases:N0} cases to {path} (arrivals {truth.FirstArrival:yyyy-MM-dd} to {truth.LastArrival:yyyy-MM-dd}, target under {settings.Threshold} minutes)."));
        output.WriteLine($"Ground truth: {truthPath}");
        output.WriteLine(Invariant($"Gaming from arrivals on {settings.EffectiveGamingStart:yyyy-MM-dd}:"));
        var width = GamingStrengths.Names.Max(n => n.Length);
        foreach (var injection in truth.Injections)
        {
            var name = injection.Name.PadRight(width);
            output.WriteLine(injection.Strength > 0
                ? Invariant($"  {name}  {injection.Strength,4:0.##}  {injection.Touched:N0} of {injection.Eligible:N0} eligible cases {Verb(injection.Kind)}")
                : $"  {name}   off");
        }

        output.WriteLine($"Scan it with: {truth.ScanOptions}");
    }

    private static string Verb(GamingKinds kind) => kind switch
    {
        GamingKinds.Rushing => "hurried out just before the threshold",
        GamingKinds.Parking => "left waiting longer past the threshold",
        GamingKinds.StoringUp => "held back to the last days of the month",
        GamingKinds.Reclassification => "breaching the target recorded as exempt",
        GamingKinds.CherryPicking => "picked ahead of the queue",
        GamingKinds.Rework => "closed just inside the threshold brought back (extra attendances added)",
        _ => "written down as a multiple of 5 minutes",
    };

    private static GamingStrengths Strengths(string? text)
    {
        try
        {
            return GamingStrengths.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InputException($"--gaming: {e.Message}");
        }
    }

    private static void CheckWritable(string path)
    {
        if (!CaseLogWriter.IsSupported(path))
        {
            throw new InputException(
                $"--out: '{Path.GetFileName(path)}' has an extension the simulator does not write; use {string.Join(" or ", CaseLogWriter.Extensions)}.");
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException($"--out: the folder {folder} does not exist.");
        }

        var probe = Path.Combine(folder, $".goodhart-write-check-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--out: cannot write in {folder}: {e.Message}");
        }

        if (Directory.Exists(path))
        {
            throw new InputException($"--out: {path} is a folder; give a file name ending in {string.Join(" or ", CaseLogWriter.Extensions)}.");
        }
    }

    private static long Whole(string option, string text, long minimum, long maximum)
    {
        if (long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        throw new InputException(Invariant($"{option}: '{text}' is not a whole number from {minimum:N0} to {maximum:N0}."));
    }

    private static DateOnly Date(string option, string text)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new InputException($"{option}: '{text}' is not a date written yyyy-mm-dd, e.g. 2025-01-01.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
