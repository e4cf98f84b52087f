using System.CommandLine;
using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Input;
using Goodhart.Reports.Scan;

namespace Goodhart.Cli.Scan;

/// <summary>
/// The <c>goodhart scan</c> verb: the gaming scan on a case log (a file, or a PostgreSQL table), with a summary table on
/// the console and reports in HTML, PDF, JSON or Markdown.
/// </summary>
internal static class ScanCommand
{
    private const string FormatHint = "Set --timestamp-format to how the times are written, e.g. --timestamp-format '%d/%m/%Y %H:%M' (strftime codes).";

    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "A CSV, TSV, Parquet or XLSX file with one row per case (or use --postgres and --table).", Arity = ArgumentArity.ZeroOrOne };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string, to scan a table on the server instead of a file." };
        var table = new Option<string?>("--table") { Description = "The table to scan, with --postgres." };
        var start = new Option<string?>("--start") { Description = "Column with each case's start time (with --end)." };
        var end = new Option<string?>("--end") { Description = "Column with each case's end (completion) time; the period counts need it." };
        var duration = new Option<string?>("--duration") { Description = "Column with a recorded duration in --unit, instead of --start." };
        var unit = new Option<string>("--unit") { Description = "minutes (default), seconds, hours or days: the unit of durations and of --threshold.", DefaultValueFactory = _ => "minutes" };
        var threshold = new Option<string>("--threshold") { Description = "The target as a whole number of --unit, e.g. 240 for four hours in minutes.", Required = true };
        var comply = new Option<string>("--comply") { Description = "le (default: a case at the threshold meets the target) or lt (it must be under it).", DefaultValueFactory = _ => "le" };
        var period = new Option<string>("--period") { Description = "The reporting period: month (default), week or quarter.", DefaultValueFactory = _ => "month" };
        var category = new Option<string?>("--category") { Description = "Column with each case's category (disposal, ticket type), for reclassification." };
        var exempt = new Option<string?>("--exempt") { Description = "Categories exempt from the target, separated by commas, e.g. --exempt 'planned return,transfer'." };
        var priority = new Option<string?>("--priority") { Description = "Column with each case's priority class (a lower value is more urgent), for cherry-picking." };
        var person = new Option<string?>("--person") { Description = "Column identifying the person (patient, caller, customer), for rework." };
        var repeatWindow = new Option<string>("--repeat-window") { Description = "How soon a new case for the same person counts as a repeat: 7d (default), 48h, 30m.", DefaultValueFactory = _ => "7d" };
        var arrival = new Option<string?>("--arrival") { Description = "Column with the time each case joined the queue (default: the start time)." };
        var timestampFormat = new Option<string?>("--timestamp-format") { Description = "How text times are written when not ISO 8601, in strftime codes, e.g. '%d/%m/%Y %H:%M'." };
        var sheet = new Option<string?>("--sheet") { Description = "The worksheet of an XLSX file (default: the first)." };
        var output = new Option<string[]>("--out") { Description = "A report to write; its format follows the extension: .html, .pdf, .json or .md (repeatable).", AllowMultipleArgumentsPerToken = false };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when a finding reaches this level, for scripts: alert, or watch (watch or alert)." };

        var command = new Command(
            "scan",
            "Scan a case log for the marks a time target leaves when work bends around it: rushing, parking, pretend numbers, storing up, " +
            "reclassification, cherry-picking and rework. Every finding has a severity, an effect with its interval and a p-value adjusted for the other tests.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { postgres, table, start, end, duration, unit, threshold, comply, period, category, exempt, priority, person, repeatWindow, arrival, timestampFormat, sheet, output, failOn })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var text = new ScanMappingText
            {
                Start = parsed.GetValue(start),
                End = parsed.GetValue(end),
                Duration = parsed.GetValue(duration),
                Unit = parsed.GetValue(unit),
                Threshold = parsed.GetValue(threshold),
                Comply = parsed.GetValue(comply),
                Period = parsed.GetValue(period),
                Category = parsed.GetValue(category),
                Exempt = parsed.GetValue(exempt),
                Priority = parsed.GetValue(priority),
                Person = parsed.GetValue(person),
                RepeatWindow = parsed.GetValue(repeatWindow),
                Arrival = parsed.GetValue(arrival),
                TimestampFormat = parsed.GetValue(timestampFormat),
            };
            var mapped = text.ToMapping(key => "--" + key);
            var mapping = mapped.Value ?? throw new InputException([.. mapped.Problems.Select(p => new InputProblem("", 0, "", $"--{p.Field}: {p.Message}"))]);
            var request = new ScanRequest(mapping, [.. (parsed.GetValue(output) ?? []).Select(ScanRequest.ParseOutput)], ScanRequest.ParseFailOn(parsed.GetValue(failOn)));
            using var source = Open(context, parsed.GetValue(file), parsed.GetValue(postgres), parsed.GetValue(table), parsed.GetValue(sheet));
            var run = ScanConsole.WithProgress(context, progress => ScanRunner.Run(source, mapping, progress: progress));
            if (run.Value is not { } result)
            {
                throw new InputException(run.Problems, run.Problems.Any(p => MentionsTimes(p.Message)) ? FormatHint : null);
            }

            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"goodhart: {source.Source}: {warning}");
            }

            if (result.Warnings.Any(MentionsTimes))
            {
                context.Error.WriteLine(FormatHint);
            }

            var report = new ScanReport(result, source.Source, request.Settings(), context.Today);
            foreach (var (path, format) in request.Outputs)
            {
                Write(context, report, format, path);
            }

            ScanConsole.Summary(context, result, request.Outputs.Select(o => o.Path).ToList());
            return request.Fails(result.Findings) ? ExitCodes.FailOn : ExitCodes.Ok;
        });
        return command;
    }

    private static bool MentionsTimes(string message) => message.Contains("timestamp format", StringComparison.Ordinal) || message.Contains("ISO 8601", StringComparison.Ordinal);

    private static CaseSource Open(CliContext context, string? file, string? postgres, string? table, string? sheet)
    {
        Loaded<CaseSource> opened;
        if (postgres is not null || table is not null)
        {
            if (file is not null)
            {
                throw new InputException("give either a FILE or --postgres with --table, not both.");
            }

            if (postgres is null || table is null)
            {
                throw new InputException("--postgres and --table go together: the connection string and the table to scan.");
            }

            opened = CaseSource.OpenPostgres(postgres, table);
        }
        else
        {
            opened = file is null
                ? throw new InputException("give the case file to scan (CSV, TSV, Parquet or XLSX), or --postgres with --table.")
                : CaseSource.Open(context.Resolve(file), sheet);
        }

        return opened.Value ?? throw new InputException(opened.Problems);
    }

    private static void Write(CliContext context, ScanReport report, Reports.ReportFormat format, string path)
    {
        var full = context.Resolve(path);
        try
        {
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            ScanReportWriter.Write(report, format, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--out: cannot write {path}: {e.Message}");
        }
    }
}
