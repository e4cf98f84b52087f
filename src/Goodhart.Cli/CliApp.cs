using System.CommandLine;
using Goodhart.Cli.Scan;
using Goodhart.Cli.Serve;
using Goodhart.Cli.Simulate;
using Goodhart.Cli.Spc;
using Goodhart.Cli.Stat;
using Goodhart.Cli.StressTest;
using Spectre.Console;

namespace Goodhart.Cli;

/// <summary>Builds the goodhart command tree and runs it with the face's error handling.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Goodhart keeps performance measures honest: stress-test a measure for the ways it could bend the work, chart its series to tell real change from noise, compare units on funnel plots, run the gaming scan on a case log and its statistics on a column of case data, simulate case logs with known gaming to test them on, and serve the registry of measures in the browser.");
        root.Subcommands.Add(StressTestCommand.Build(context));
        root.Subcommands.Add(SpcCommand.Build(context));
        root.Subcommands.Add(FunnelCommand.Build(context));
        root.Subcommands.Add(StatCommand.Build(context));
        root.Subcommands.Add(ScanCommand.Build(context));
        root.Subcommands.Add(SimulateCommand.Build(context));
        root.Subcommands.Add(ServeCommand.Build(context));
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"goodhart: {error.Message}");
            }

            context.Error.WriteLine($"Run '{string.Join(' ', ["goodhart", .. parsed.CommandResult.Command.Name == root.Name ? [] : CommandPath(parsed)])} --help' for the options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            foreach (var problem in e.Problems)
            {
                context.Error.WriteLine(problem.Source.Length > 0 ? $"goodhart: {problem}" : $"goodhart: {problem.Message}");
            }

            if (e.Hint is not null)
            {
                context.Error.WriteLine(e.Hint);
            }

            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("goodhart: stopped.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The outer boundary: anything unexpected is a defect of ours, said plainly, without a stack trace.
            context.Error.WriteLine($"goodhart: something went wrong that is not your input's fault: {e.GetType().Name}: {e.Message}");
            context.Error.WriteLine("Please report it with the command you ran. Set GOODHART_DEBUG=1 to see the details.");
            if (Environment.GetEnvironmentVariable("GOODHART_DEBUG") == "1")
            {
                context.Error.WriteLine(e);
            }

            return 3;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        var names = new Stack<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }

    public static void Markup(this IAnsiConsole console, string text, string style) => console.MarkupLine($"[{style}]{text.EscapeMarkup()}[/]");
}
