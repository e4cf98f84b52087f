using System.CommandLine;
using Goodhart.Reports;
using Goodhart.Reports.StressTest;
using Goodhart.StressTest;
using Spectre.Console;

namespace Goodhart.Cli.StressTest;

/// <summary>The <c>goodhart stress-test</c> verb and its <c>template</c> and <c>combine</c> sub-verbs.</summary>
internal static class StressTestCommand
{
    private static readonly Option<string?> InstrumentOption = new("--instrument")
    {
        Description = "Use your own instrument (a YAML file in the format of docs/instrument-format.md) instead of the built-in one.",
    };

    private static readonly Option<string?> OutOption = new("--out")
    {
        Description = "Folder to write the report into (created if missing). Default: the current folder.",
    };

    private static readonly Option<string> FormatOption = new("--format")
    {
        Description = $"Report formats, separated by commas: {ReportFormats.Accepted}.",
        DefaultValueFactory = _ => "pdf,html,md,json",
    };

    private static readonly Option<string?> FailOnOption = new("--fail-on")
    {
        Description = "Exit with code 1 when the overall band is at or above this band: low, moderate, high or severe. For scripts.",
    };

    public static Command Build(CliContext context)
    {
        var answers = new Option<string?>("--answers") { Description = "Score a filled-in answers file (JSON or YAML) without asking anything." };
        var save = new Option<string?>("--save") { Description = "Where to save answers as you give them. Default: goodhart-answers-<date-time>.json in the current folder." };
        var resume = new Option<string?>("--resume") { Description = "Continue an interrupted stress test from its answers file, where it stopped." };
        var role = new Option<string?>("--role") { Description = "Your role, for team profiles: e.g. frontline, manager, analyst." };
        var name = new Option<string?>("--name") { Description = "Your name as it should appear on the report (optional)." };

        var command = new Command(
            "stress-test",
            "Walk through the six questions of the stress test for one measure, one at a time, then write its distortion-risk report. " +
            "Every answer is saved as you give it; --resume continues where you stopped.");
        command.Options.Add(InstrumentOption);
        command.Options.Add(answers);
        command.Options.Add(save);
        command.Options.Add(resume);
        command.Options.Add(role);
        command.Options.Add(name);
        command.Options.Add(OutOption);
        command.Options.Add(FormatOption);
        command.Options.Add(FailOnOption);
        command.Subcommands.Add(BuildTemplate(context));
        command.Subcommands.Add(BuildCombine(context));
        command.SetAction(parsed =>
        {
            var formats = ParseFormats(parsed.GetValue(FormatOption)!);
            var failOn = ParseBand(parsed.GetValue(FailOnOption));
            var instrument = AnswerFiles.LoadInstrument(context, parsed.GetValue(InstrumentOption));
            var answersPath = parsed.GetValue(answers);
            if (answersPath is not null && (parsed.GetValue(resume) is not null || parsed.GetValue(save) is not null))
            {
                throw new InputException("--answers scores a finished file; it cannot be combined with --resume or --save.");
            }

            AnswerSheet sheet;
            var warnings = new List<string>();
            string source;
            if (answersPath is not null)
            {
                (sheet, var w) = AnswerFiles.LoadSheet(context, answersPath, instrument);
                warnings.AddRange(w);
                source = answersPath;
            }
            else
            {
                var walk = new InteractiveWalk(context, instrument);
                var outcome = walk.Run(parsed.GetValue(resume), parsed.GetValue(save), new Respondent(parsed.GetValue(name), parsed.GetValue(role)?.ToLowerInvariant()));
                if (outcome.Sheet is null)
                {
                    return ExitCodes.Ok;
                }

                sheet = outcome.Sheet;
                warnings.AddRange(outcome.Warnings);
                source = outcome.Path;
            }

            AnswerFiles.Require(AnswerSheetReader.ReadyToScore(sheet, instrument, source));
            foreach (var warning in warnings)
            {
                context.Console.Markup($"Warning: {warning}", "yellow");
            }

            var report = StressTestReport.ForRespondent(instrument, sheet, context.Today, warnings);
            return WriteReport(context, report, parsed.GetValue(OutOption), formats, failOn);
        });
        return command;
    }

    private static Command BuildTemplate(CliContext context)
    {
        var measure = new Option<string?>("--measure") { Description = "The name of the measure to fill in." };
        var role = new Option<string?>("--role") { Description = "The respondent's role to fill in." };
        var name = new Option<string?>("--name") { Description = "The respondent's name to fill in." };
        var command = new Command(
            "template",
            "Print a blank answers file (JSON) listing every item id, with the allowed values ordered from least to most risky. " +
            "Fill it in, then run: goodhart stress-test --answers FILE");
        command.Options.Add(InstrumentOption);
        command.Options.Add(measure);
        command.Options.Add(role);
        command.Options.Add(name);
        command.SetAction(parsed =>
        {
            var instrument = AnswerFiles.LoadInstrument(context, parsed.GetValue(InstrumentOption));
            var respondent = new Respondent(parsed.GetValue(name), parsed.GetValue(role)?.ToLowerInvariant());
            context.Out.Write(AnswerSheetWriter.Template(instrument, parsed.GetValue(measure), respondent));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildCombine(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Answer files from two or more respondents about the same measure.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(
            "combine",
            "Combine several respondents' answer files into a team profile: the median per question, the spread, and where roles see the risk a band or more apart.");
        command.Arguments.Add(files);
        command.Options.Add(InstrumentOption);
        command.Options.Add(OutOption);
        command.Options.Add(FormatOption);
        command.Options.Add(FailOnOption);
        command.SetAction(parsed =>
        {
            var formats = ParseFormats(parsed.GetValue(FormatOption)!);
            var failOn = ParseBand(parsed.GetValue(FailOnOption));
            var instrument = AnswerFiles.LoadInstrument(context, parsed.GetValue(InstrumentOption));
            var sheets = new List<(string, AnswerSheet)>();
            var warnings = new List<string>();
            var problems = new List<Goodhart.Input.InputProblem>();
            foreach (var file in parsed.GetValue(files)!)
            {
                try
                {
                    var (sheet, w) = AnswerFiles.LoadSheet(context, file, instrument);
                    problems.AddRange(AnswerSheetReader.ReadyToScore(sheet, instrument, file));
                    sheets.Add((file, sheet));
                    warnings.AddRange(w);
                }
                catch (InputException e)
                {
                    problems.AddRange(e.Problems);
                }
            }

            AnswerFiles.Require(problems);
            AnswerFiles.Require(TeamCombiner.Check(sheets));
            foreach (var warning in warnings)
            {
                context.Console.Markup($"Warning: {warning}", "yellow");
            }

            var report = StressTestReport.ForTeam(instrument, sheets.Select(s => s.Item2).ToList(), context.Today, warnings);
            return WriteReport(context, report, parsed.GetValue(OutOption), formats, failOn);
        });
        return command;
    }

    private static int WriteReport(CliContext context, StressTestReport report, string? outDir, IReadOnlyList<ReportFormat> formats, Band? failOn)
    {
        var directory = context.Resolve(outDir ?? ".");
        IReadOnlyList<string> paths = [];
        context.Console.Status().Start("Writing the report…", _ => paths = StressTestReportWriter.Write(report, directory, formats));
        ProfileTable.Show(context.Console, report);
        context.Console.MarkupLine("[bold]Report written:[/]");
        foreach (var path in paths)
        {
            context.Console.MarkupLine($"  {Path.GetRelativePath(context.CurrentDirectory, path).EscapeMarkup()}");
        }

        return failOn is { } level && report.Headline.Band >= level ? ExitCodes.FailOn : ExitCodes.Ok;
    }

    private static List<ReportFormat> ParseFormats(string text)
    {
        var formats = new List<ReportFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ReportFormats.TryParse(name, out var format))
            {
                throw new InputException($"--format: '{name}' is not a report format; expected any of: {ReportFormats.Accepted} (separated by commas).");
            }

            formats.Add(format);
        }

        return formats.Count > 0 ? formats : throw new InputException($"--format: name at least one of: {ReportFormats.Accepted}.");
    }

    private static Band? ParseBand(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Enum.TryParse<Band>(text, ignoreCase: true, out var band) && Enum.IsDefined(band) && !int.TryParse(text, out _)
            ? band
            : throw new InputException($"--fail-on: '{text}' is not a band; expected one of: low, moderate, high, severe.");
    }
}
