using System.CommandLine;
using Goodhart.Data.Spc.Funnel;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Funnel;
using Goodhart.Reports.Rendering;
using Goodhart.Spc.Funnel;

namespace Goodhart.Cli.Spc;

/// <summary>The <c>goodhart funnel</c> verb: compare units on a funnel plot instead of a league table.</summary>
internal static class FunnelCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV or XLSX file with one row per unit." };
        var unit = new Option<string>("--unit") { Description = "Column that names the unit (trust, team, ward).", Required = true };
        var y = new Option<string>("--y") { Description = "Column with the events (or cases meeting the standard).", Required = true };
        var n = new Option<string>("--n") { Description = "Column with the denominator: cases for a proportion, exposure or expected events for a rate.", Required = true };
        var kind = new Option<string>("--kind") { Description = "proportion (y of n; the default) or rate (events per unit of n, or observed over expected).", DefaultValueFactory = _ => "proportion" };
        var target = new Option<string?>("--target") { Description = "Draw the limits around this value (in the units shown, see --per) instead of the overall rate." };
        var adjustment = new Option<string>("--adjust") { Description = "Allowance for units differing by more than chance: auto (additive when found; the default), additive, multiplicative or none.", DefaultValueFactory = _ => "auto" };
        var direction = new Option<string>("--direction") { Description = "Which way is better: increase, decrease or neutral.", DefaultValueFactory = _ => "neutral" };
        var per = new Option<string?>("--per") { Description = "Show rates per this many (e.g. 10000 for per 10,000 risk days, 100 for percentages)." };
        var format = new Option<string>("--format") { Description = "csv, json, svg, png or html.", DefaultValueFactory = _ => "csv" };
        var output = new Option<string?>("--out") { Description = "Where to write. csv and json go to standard output without it; html, svg and png to a file named after the input." };
        var sheet = new Option<string?>("--sheet") { Description = "The worksheet of an XLSX file (default: the first)." };
        var command = new Command(
            "funnel",
            "Compare units on a funnel plot: each unit's rate against its denominator, with 95% and 99.8% limits around the overall rate, " +
            "allowing for units that differ by more than chance (Spiegelhalter 2005). A fairer picture than a league table.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { unit, y, n, kind, target, adjustment, direction, per, format, output, sheet })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var funnelKind = parsed.GetValue(kind)!.Trim().ToLowerInvariant() switch
            {
                "proportion" or "p" => FunnelKind.Proportion,
                "rate" or "ratio" or "u" => FunnelKind.Rate,
                var other => throw new InputException($"--kind: '{other}' is not a kind of funnel; use proportion or rate."),
            };
            var multiplier = parsed.GetValue(per) is { } perText ? Positive("--per", perText) : 1;
            var options = new FunnelOptions(
                funnelKind,
                Target: parsed.GetValue(target) is { } t ? SpcRequest.Number("--target", t) / multiplier : null,
                Adjustment: ParseAdjustment(parsed.GetValue(adjustment)!),
                Direction: SpcRequest.ParseDirection(parsed.GetValue(direction)!),
                Multiplier: multiplier);
            var outputFormat = SpcOutput.ParseFormat(parsed.GetValue(format)!, summary: false);

            var path = parsed.GetValue(file)!;
            var read = UnitTableReader.Read(
                context.Resolve(path),
                new UnitColumns(parsed.GetValue(unit)!, parsed.GetValue(y)!, parsed.GetValue(n)!),
                requireProportion: funnelKind == FunnelKind.Proportion,
                sheet: parsed.GetValue(sheet));
            if (read.Value is not { } units)
            {
                throw new InputException(read.Problems);
            }

            var result = FunnelAnalysis.Run(units, options);
            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"goodhart: warning: {warning.Message}");
            }

            var measure = parsed.GetValue(y)!;
            var stem = Path.GetFileNameWithoutExtension(path);
            var outPath = parsed.GetValue(output);
            switch (outputFormat)
            {
                case OutputFormat.Csv:
                    SpcOutput.WriteText(context, outPath, writer => writer.Write(FunnelCsv.Write(result)));
                    break;
                case OutputFormat.Json:
                    SpcOutput.WriteText(context, outPath, writer => writer.Write(FunnelJson.Write(result)));
                    break;
                case OutputFormat.Html:
                    var html = HtmlRenderer.Render(FunnelDocument.Build(result, Path.GetFileName(path), measure));
                    SpcOutput.WriteFile(context, outPath ?? stem + "-funnel.html", System.Text.Encoding.UTF8.GetBytes(html));
                    break;
                default:
                    var spec = FunnelChartSpec.From(result, measure);
                    var height = ChartRenderer.PreferredHeight(spec);
                    var svg = outputFormat == OutputFormat.Svg;
                    var bytes = svg ? System.Text.Encoding.UTF8.GetBytes(ChartRenderer.ToSvg(spec, 900, height)) : ChartRenderer.ToPng(spec, 900, height);
                    SpcOutput.WriteFile(context, outPath ?? stem + (svg ? "-funnel.svg" : "-funnel.png"), bytes);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static FunnelAdjustment ParseAdjustment(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" or "automatic" => FunnelAdjustment.Automatic,
        "additive" or "random-effects" => FunnelAdjustment.Additive,
        "multiplicative" => FunnelAdjustment.Multiplicative,
        "none" => FunnelAdjustment.None,
        _ => throw new InputException($"--adjust: '{text}' is not an adjustment; use auto, additive, multiplicative or none."),
    };

    private static double Positive(string option, string text)
    {
        var value = SpcRequest.Number(option, text);
        return value > 0 ? value : throw new InputException($"{option}: '{text}' must be above 0.");
    }
}
