using System.CommandLine;

namespace Goodhart.Cli.Stat;

/// <summary>
/// The <c>goodhart stat</c> verb: the gaming scan's statistics run on one column of a case file, for analysts who want
/// the numbers themselves (density test, bunching, heaping, Benford, last digit).
/// </summary>
internal static class StatCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "stat",
            "Run one statistic on one column of a case file (CSV, Parquet or XLSX, read in place by an embedded database): " +
            "a density test or bunching estimate at a threshold, or a digit test for numbers that look made up.");
        command.Subcommands.Add(DensityCommand.Build(context));
        command.Subcommands.Add(BunchingCommand.Build(context));
        command.Subcommands.Add(DigitCommands.Heaping(context));
        command.Subcommands.Add(DigitCommands.Benford(context));
        command.Subcommands.Add(DigitCommands.LastDigit(context));
        return command;
    }
}
