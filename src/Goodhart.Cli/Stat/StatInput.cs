using System.CommandLine;
using System.Globalization;
using Goodhart.Data.Cases;
using Goodhart.Input;
using Goodhart.Statistics.Digits;

namespace Goodhart.Cli.Stat;

/// <summary>
/// What every <c>goodhart stat</c> verb shares: the file argument, <c>--column</c>, <c>--sheet</c>, <c>--format</c>,
/// reading the column through the case source, and turning a bad setting into a problem that names the file and column.
/// </summary>
internal sealed class StatInput
{
    private StatInput(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Column);
        command.Options.Add(Format);
        command.Options.Add(Sheet);
    }

    public Argument<string> File { get; } = new("FILE") { Description = "A CSV, TSV, Parquet or XLSX file with one row per case." };

    public Option<string> Column { get; } = new("--column") { Description = "The column with the values.", Required = true };

    public Option<string> Format { get; } = new("--format") { Description = "json or text (the default).", DefaultValueFactory = _ => "text" };

    public Option<string?> Sheet { get; } = new("--sheet") { Description = "The worksheet of an XLSX file (default: the first)." };

    /// <summary>Adds the shared argument and options to a verb.</summary>
    public static StatInput AddTo(Command command) => new(command);

    /// <summary>Whether JSON was asked for; anything but json or text is a usage error.</summary>
    public bool Json(ParseResult parsed) => parsed.GetValue(Format)!.Trim().ToLowerInvariant() switch
    {
        "json" => true,
        "text" => false,
        var other => throw new InputException($"--format: '{other}' is not an output format here; use json or text."),
    };

    /// <summary>Reads every number of the column; cells skipped are reported on standard error.</summary>
    public NumericColumn ReadNumbers(CliContext context, ParseResult parsed)
    {
        using var source = Open(context, parsed);
        var read = source.ReadNumbers(parsed.GetValue(Column)!);
        if (read.Value is not { } column)
        {
            throw new InputException(read.Problems, Accepted);
        }

        if (column.Nulls > 0 || column.Invalid > 0)
        {
            var invalid = column.Invalid == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $", {column.Invalid:N0} not numbers (e.g. {string.Join(", ", column.InvalidExamples.Select(e => $"'{e}'"))})");
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"goodhart: {source.Source}: {column.Column}: skipped {column.Nulls:N0} empty cells{invalid}; {column.Values.Count:N0} values used."));
        }

        return column;
    }

    /// <summary>Counts the column's values by whole value, in the engine.</summary>
    public IReadOnlyList<ValueCount> WholeValueCounts(CliContext context, ParseResult parsed)
    {
        using var source = Open(context, parsed);
        var read = source.WholeValueCounts(parsed.GetValue(Column)!);
        return read.Value ?? throw new InputException(read.Problems, Accepted);
    }

    /// <summary>Runs a statistic, turning a setting it rejects into an input problem naming the file and column.</summary>
    public T Compute<T>(ParseResult parsed, Func<T> statistic)
    {
        try
        {
            return statistic();
        }
        catch (ArgumentException e)
        {
            var message = e.Message.Split(" (Parameter", 2)[0].Trim();
            throw new InputException([new InputProblem(Path.GetFileName(parsed.GetValue(File)!), 0, parsed.GetValue(Column)!, message)]);
        }
    }

    private const string Accepted = "The column must hold numbers (12, 3.5, -0.25; empty cells are skipped); files may be .csv, .tsv, .txt, .parquet or .xlsx.";

    private CaseSource Open(CliContext context, ParseResult parsed)
    {
        var opened = CaseSource.Open(context.Resolve(parsed.GetValue(File)!), parsed.GetValue(Sheet));
        return opened.Value ?? throw new InputException(opened.Problems, Accepted);
    }

    public static double Number(string option, string text) => Spc.SpcRequest.Number(option, text);

    public static int Whole(string option, string text, int minimum)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{option}: '{text}' is not a whole number of at least {minimum}."));
    }

    public static T Choice<T>(string option, string text, params (string Name, T Value)[] choices)
    {
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new InputException($"{option}: '{text}' is not one of {string.Join(", ", choices.Select(c => c.Name))}.");
    }
}
