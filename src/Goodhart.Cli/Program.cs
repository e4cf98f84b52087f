using Goodhart.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
var context = new CliContext(
    console,
    Console.Out,
    Console.Error,
    TimeProvider.System,
    Environment.CurrentDirectory,
    CanPrompt: !Console.IsInputRedirected && console.Profile.Capabilities.Interactive);
return CliApp.Run(args, context);
