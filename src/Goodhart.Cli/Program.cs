using Goodhart.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
var context = new CliContext(
    console,
    Console.Out,
    Console.Error,
    TimeProvider.System,
    Environment.CurrentDirectory,
    CanPrompt: !Console.IsInputRedirected && console.Profile.Capabilities.Interactive)
{
    Progress = Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
};
return CliApp.Run(args, context);
