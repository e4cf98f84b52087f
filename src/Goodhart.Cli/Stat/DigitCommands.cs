using System.CommandLine;
using Goodhart.Statistics.Digits;

namespace Goodhart.Cli.Stat;

/// <summary>
/// The digit verbs of <c>goodhart stat</c>: heaping on round values (Whipple), first digits against Benford's law,
/// and last digits against a uniform spread — the marks of numbers written in afterwards or made up.
/// </summary>
internal static class DigitCommands
{
    public static Command Heaping(CliContext context)
    {
        var command = new Command(
            "heaping",
            "Whipple's index of heaping on round values: 100 when multiples of m hold their fair share, up to m × 100 when every value is one " +
            "(times logged 'at 15 minutes', ages rounded to 0 or 5). Values are counted by whole value in the engine.");
        var input = StatInput.AddTo(command);
        var lowest = new Option<string>("--lowest") { Description = "The lowest value of the range (default 23, the demographers' age range).", DefaultValueFactory = _ => "23" };
        var highest = new Option<string>("--highest") { Description = "The highest value of the range (default 62); the range must hold a whole number of blocks of m.", DefaultValueFactory = _ => "62" };
        var multiple = new Option<string>("--multiple") { Description = "m: the round values are its multiples (default 5; 15 for quarter hours).", DefaultValueFactory = _ => "5" };
        foreach (var option in new Option[] { lowest, highest, multiple })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var json = input.Json(parsed);
            var low = StatInput.Whole("--lowest", parsed.GetValue(lowest)!, int.MinValue);
            var high = StatInput.Whole("--highest", parsed.GetValue(highest)!, int.MinValue);
            var m = StatInput.Whole("--multiple", parsed.GetValue(multiple)!, 2);
            var counts = input.WholeValueCounts(context, parsed);
            var result = input.Compute(parsed, () => HeapingIndex.Whipple(counts, low, high, m));
            new StatReport()
                .Add("column", parsed.GetValue(input.Column))
                .Add("lowest", result.Lowest)
                .Add("highest", result.Highest)
                .Add("multiple", result.Multiple)
                .Add("whipple_index", result.Index)
                .Add("accuracy", result.Accuracy?.ToString())
                .Add("total", result.Total)
                .Add("on_round_values", result.OnRoundValues)
                .Add("chi_square", result.ChiSquare)
                .Add("df", result.DegreesOfFreedom)
                .Add("p", result.PValue)
                .Reading(StatReadings.Whipple(result))
                .Table("round_values", ["value", "observed", "expected"], result.RoundValues.Select(f => new object?[] { f.Digit, f.Observed, f.Expected }))
                .Write(context.Out, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Benford(CliContext context)
    {
        var command = new Command(
            "benford",
            "Leading digits against Benford's law: Pearson's χ² and Nigrini's mean absolute deviation. Fits amounts that span several orders " +
            "of magnitude (costs, claims), not durations bounded by a target.");
        var input = StatInput.AddTo(command);
        var digits = new Option<string>("--digits") { Description = "first (default) or first-two.", DefaultValueFactory = _ => "first" };
        command.Options.Add(digits);
        command.SetAction(parsed =>
        {
            var json = input.Json(parsed);
            var which = StatInput.Choice("--digits", parsed.GetValue(digits)!, ("first", BenfordDigits.First), ("first-two", BenfordDigits.FirstTwo));
            var column = input.ReadNumbers(context, parsed);
            var result = input.Compute(parsed, () => BenfordTest.Run(column.Values, which));
            new StatReport()
                .Add("column", column.Column)
                .Add("digits", which == BenfordDigits.First ? "first" : "first-two")
                .Add("count", result.Count)
                .Add("skipped", result.Skipped)
                .Add("chi_square", result.ChiSquare)
                .Add("df", result.DegreesOfFreedom)
                .Add("p", result.PValue)
                .Add("mad", result.MeanAbsoluteDeviation)
                .Add("conformity", result.Conformity.ToString())
                .Reading(StatReadings.Benford(result))
                .Table("frequencies", ["digit", "observed", "expected", "observed_share", "expected_share"], Rows(result.Frequencies))
                .Write(context.Out, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command LastDigit(CliContext context)
    {
        var command = new Command(
            "last-digit",
            "The last recorded digit against a uniform spread over 0–9 (the terminal-digit test): people who round or make numbers up favour some digits.");
        var input = StatInput.AddTo(command);
        var decimals = new Option<string>("--decimals") { Description = "The recorded precision: 0 (default) reads the units digit, 1 the first decimal.", DefaultValueFactory = _ => "0" };
        command.Options.Add(decimals);
        command.SetAction(parsed =>
        {
            var json = input.Json(parsed);
            var places = StatInput.Whole("--decimals", parsed.GetValue(decimals)!, 0);
            var column = input.ReadNumbers(context, parsed);
            var result = input.Compute(parsed, () => TerminalDigitTest.Run(column.Values, places));
            new StatReport()
                .Add("column", column.Column)
                .Add("decimals", result.Decimals)
                .Add("count", result.Count)
                .Add("skipped", result.Skipped)
                .Add("chi_square", result.ChiSquare)
                .Add("df", result.DegreesOfFreedom)
                .Add("p", result.PValue)
                .Reading(StatReadings.LastDigit(result))
                .Table("frequencies", ["digit", "observed", "expected", "observed_share", "expected_share"], Rows(result.Frequencies))
                .Write(context.Out, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<object?[]> Rows(IReadOnlyList<DigitFrequency> frequencies) =>
        frequencies.Select(f => new object?[] { f.Digit, f.Observed, f.Expected, f.ObservedShare, f.ExpectedShare });
}
