using System.Globalization;
using Goodhart.Spc;

namespace Goodhart.Cli.Spc;

/// <summary>The charting options a user asked for on the command line, checked and turned into <see cref="SpcOptions"/>.</summary>
internal sealed record SpcRequest(SpcOptions Options)
{
    public static SpcRequest From(
        string chart,
        string? rules,
        string? compat,
        string? target,
        string direction,
        string? baseline,
        bool noScreening,
        string? shift,
        string? trend,
        string? twoOfThree,
        string? replicates,
        string? seed)
    {
        var kind = ChartNames.Parse(chart)
            ?? throw new InputException($"--chart: '{chart}' is not a chart kind; use run, i, mr, p, pp, u, up or c.");
        var tool = compat is null ? SpcCompat.None : ParseCompat(compat);
        var options = SpcPresets.For(tool, kind);
        if (rules is not null)
        {
            var set = rules.Trim().ToLowerInvariant() switch
            {
                "mdc" => RuleSet.Mdc,
                "anhoej" or "anhøj" => RuleSet.Anhoej,
                _ => throw new InputException($"--rules: '{rules}' is not a rule set; use mdc or anhoej."),
            };
            options = options with { Rules = SpcRuleOptions.For(set, kind) };
        }

        var ruleOptions = options.Rules ?? SpcRuleOptions.DefaultFor(kind);
        if (shift is not null)
        {
            ruleOptions = ruleOptions with { Shift = Whole("--shift", shift, 0) };
        }

        if (trend is not null)
        {
            ruleOptions = ruleOptions with { Trend = Whole("--trend", trend, 0) };
        }

        if (twoOfThree is not null)
        {
            ruleOptions = ruleOptions with { TwoOfThree = ParseTwoOfThree(twoOfThree) };
        }

        options = options with
        {
            Rules = ruleOptions,
            Direction = ParseDirection(direction),
            Target = target is null ? null : Number("--target", target),
            Baseline = baseline is null ? null : Whole("--baseline", baseline, SpcOptions.MinimumBaseline),
            ScreenMovingRanges = options.ScreenMovingRanges && !noScreening,
            FalseAlarmReplicates = replicates is null ? options.FalseAlarmReplicates : Whole("--replicates", replicates, 0),
            FalseAlarmSeed = seed is null ? options.FalseAlarmSeed : Whole("--seed", seed, int.MinValue),
        };

        var problems = options.Validate(int.MaxValue);
        if (problems.Count > 0)
        {
            throw new InputException(problems.Select(p => new Input.InputProblem("", 0, "", p.Message)).ToList());
        }

        return new SpcRequest(options);
    }

    private static SpcCompat ParseCompat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "nhsrplotthedots" or "plotthedots" => SpcCompat.NhsrPlotTheDots,
        "qicharts2" => SpcCompat.Qicharts2,
        "powerbi-spc" or "powerbi" => SpcCompat.PowerBiSpc,
        "none" or "goodhart" => SpcCompat.None,
        _ => throw new InputException($"--compat: '{text}' is not a tool we reproduce; use nhsrplotthedots, qicharts2 or powerbi-spc."),
    };

    internal static ImprovementDirection ParseDirection(string text) => text.Trim().ToLowerInvariant() switch
    {
        "increase" or "up" or "higher" => ImprovementDirection.Increase,
        "decrease" or "down" or "lower" => ImprovementDirection.Decrease,
        "neutral" or "none" => ImprovementDirection.Neutral,
        _ => throw new InputException($"--direction: '{text}' is not a direction; use increase (higher is better), decrease (lower is better) or neutral."),
    };

    private static TwoOfThreeDefinition ParseTwoOfThree(string text) => text.Trim().ToLowerInvariant() switch
    {
        "nhs2023" or "2023" => TwoOfThreeDefinition.Nhs2023,
        "earlier" => TwoOfThreeDefinition.Earlier,
        "any-side" => TwoOfThreeDefinition.AnySide,
        "off" => TwoOfThreeDefinition.Off,
        _ => throw new InputException($"--two-of-three: '{text}' is not a definition; use nhs2023, earlier, any-side or off."),
    };

    internal static double Number(string option, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new InputException($"{option}: '{text}' is not a number; write it with a decimal point, e.g. 0.95.");
    }

    private static int Whole(string option, string text, int minimum)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        throw new InputException(minimum == int.MinValue
            ? $"{option}: '{text}' is not a whole number."
            : string.Create(CultureInfo.InvariantCulture, $"{option}: '{text}' is not a whole number of at least {minimum}."));
    }
}
