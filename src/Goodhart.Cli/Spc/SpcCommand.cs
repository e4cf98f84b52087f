using System.CommandLine;
using Goodhart.Data.Spc;
using Goodhart.Spc;

namespace Goodhart.Cli.Spc;

/// <summary>The <c>goodhart spc</c> verb: process behaviour charts for one or many series in a CSV or XLSX file.</summary>
internal static class SpcCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV or XLSX file with one row per period (and series)." };
        var x = new Option<string?>("--x") { Description = "Column with the period: a date (yyyy-mm-dd or yyyy-mm), a number or a label. Without it, rows are periods 1, 2, … in file order." };
        var y = new Option<string>("--y") { Description = "Column with the value, or the numerator when --n is given.", Required = true };
        var n = new Option<string?>("--n") { Description = "Column with the denominator: P, P′, U and U′ charts need it; on run, I and mR charts the plotted value is y/n." };
        var series = new Option<string?>("--series") { Description = "Column that names the series, to chart many series from one file." };
        var chart = new Option<string>("--chart") { Description = "run, i (XmR), mr, p, pp (P′), u, up (U′) or c.", DefaultValueFactory = _ => "i" };
        var rules = new Option<string?>("--rules") { Description = "mdc (Making Data Count; the default on control charts) or anhoej (the default on run charts)." };
        var compat = new Option<string?>("--compat") { Description = "Start from another tool's choices: nhsrplotthedots, qicharts2 or powerbi-spc (see docs/spc.md)." };
        var target = new Option<string?>("--target") { Description = "The target, in the units of the plotted value (0.95 for 95% on a P chart), for the assurance verdict." };
        var direction = new Option<string>("--direction") { Description = "Which way is better: increase, decrease or neutral.", DefaultValueFactory = _ => "neutral" };
        var baseline = new Option<string?>("--baseline") { Description = "Fix each phase's limits on its first N periods (N at least 12)." };
        var phase = new Option<string[]>("--phase") { Description = "Start a new phase, with its own limits, at this period (repeatable).", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "csv, json, svg, png or html.", DefaultValueFactory = _ => "csv" };
        var output = new Option<string?>("--out") { Description = "Where to write: a file, or a folder for svg/png of many series. csv and json go to standard output without it; html, svg and png to a file named after the input." };
        var summary = new Option<bool>("--summary") { Description = "One row per series (csv): series,n,cl,lcl,ucl,variation,assurance,false_alarm_probability." };
        var sheet = new Option<string?>("--sheet") { Description = "The worksheet of an XLSX file (default: the first)." };
        var dateFormat = new Option<string?>("--date-format") { Description = "How the periods are written when they are not ISO dates, e.g. dd/MM/yyyy or MMM-yy." };
        var noScreening = new Option<bool>("--no-screening") { Description = "Keep every moving range in the limits, as the Making Data Count Excel tool does." };
        var shift = new Option<string?>("--shift") { Description = "Points in a row on one side of the centre line that make a shift (default 7; 0 turns the rule off)." };
        var trend = new Option<string?>("--trend") { Description = "Points in a row rising or falling that make a trend (default 7; 0 turns the rule off)." };
        var twoOfThree = new Option<string?>("--two-of-three") { Description = "nhs2023 (default), earlier, any-side or off." };
        var replicates = new Option<string?>("--replicates") { Description = "Simulated stable series behind the false-alarm figure (default 10000; 0 turns it off)." };
        var seed = new Option<string?>("--seed") { Description = "Seed of the false-alarm simulation (default 20231101)." };
        var only = new Option<string[]>("--only") { Description = "Chart only the series with this name (repeatable), from a file of many.", AllowMultipleArgumentsPerToken = false };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when any series shows this, for scripts: concern (last point a special cause of concern), fail (target consistently failed), or both, separated by a comma." };

        var command = new Command(
            "spc",
            "Chart measure series as process behaviour (SPC) charts: natural limits, real signals (a point beyond the limits, a shift, a trend, " +
            "two of three near a limit), whether a target can be met by the process as it is, and how often a stable process would raise a false alarm.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { x, y, n, series, chart, rules, compat, target, direction, baseline, phase, format, output, summary, sheet, dateFormat, noScreening, shift, trend, twoOfThree, replicates, seed, only, failOn })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var request = SpcRequest.From(
                chart: parsed.GetValue(chart)!,
                rules: parsed.GetValue(rules),
                compat: parsed.GetValue(compat),
                target: parsed.GetValue(target),
                direction: parsed.GetValue(direction)!,
                baseline: parsed.GetValue(baseline),
                noScreening: parsed.GetValue(noScreening),
                shift: parsed.GetValue(shift),
                trend: parsed.GetValue(trend),
                twoOfThree: parsed.GetValue(twoOfThree),
                replicates: parsed.GetValue(replicates),
                seed: parsed.GetValue(seed));
            var outputFormat = SpcOutput.ParseFormat(parsed.GetValue(format)!, parsed.GetValue(summary));
            var fail = FailOn.Parse(parsed.GetValue(failOn));
            if (SpcAnalysis.NeedsDenominators(request.Options.Chart) && parsed.GetValue(n) is null)
            {
                throw new InputException($"--chart {ChartNames.IdOf(request.Options.Chart)} needs --n, the column with each period's denominator.");
            }

            var path = parsed.GetValue(file)!;
            var read = SeriesReader.Read(
                context.Resolve(path),
                new SeriesColumns(parsed.GetValue(y)!, parsed.GetValue(x), parsed.GetValue(n), parsed.GetValue(series)),
                new SeriesReadOptions(parsed.GetValue(dateFormat), request.Options.Chart is ChartKind.P or ChartKind.PPrime, parsed.GetValue(sheet)));
            if (read.Value is not { } all)
            {
                throw new InputException(read.Problems);
            }

            all = Only(all, parsed.GetValue(only) ?? []);
            var phases = PhaseDates.Parse(parsed.GetValue(phase) ?? [], all);
            var results = new List<SpcResult>(all.Count);
            foreach (var one in all)
            {
                var options = request.Options with { PhaseStarts = phases.StartsIn(one) };
                results.Add(SpcAnalysis.Run(one, options));
            }

            SpcOutput.ReportWarnings(context, results);
            SpcOutput.Write(context, results, outputFormat, parsed.GetValue(output), path);
            return fail.Matches(results) ? ExitCodes.FailOn : ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<SpcSeries> Only(IReadOnlyList<SpcSeries> all, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return all;
        }

        var missing = names.Where(name => all.All(s => s.Name != name)).ToList();
        if (missing.Count > 0)
        {
            var known = string.Join(", ", all.Take(8).Select(s => s.Name)) + (all.Count > 8 ? ", …" : string.Empty);
            throw new InputException($"--only: no series is named {string.Join(", ", missing)}; the file has {all.Count} series: {known}.");
        }

        return all.Where(s => names.Contains(s.Name)).ToList();
    }
}
