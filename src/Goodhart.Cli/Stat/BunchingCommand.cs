using System.CommandLine;
using Goodhart.Statistics.Bunching;

namespace Goodhart.Cli.Stat;

/// <summary>
/// <c>goodhart stat bunching</c>: the excess mass at a threshold against a polynomial counterfactual (Chetty et al.
/// 2011; Kleven and Waseem 2013; the R package bunching's <c>bunchit</c>).
/// </summary>
internal static class BunchingCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "bunching",
            "Estimate how many more cases sit at a threshold than a smooth polynomial fitted to the bins around it predicts " +
            "(bunchit of the R package bunching): the excess mass and the excess in units of a counterfactual bin.");
        var input = StatInput.AddTo(command);
        var threshold = new Option<string>("--threshold") { Description = "z*, the threshold where cases may bunch, e.g. 240 (minutes).", Required = true };
        var binWidth = new Option<string>("--bin-width") { Description = "The width of every bin, in the units of the values.", Required = true };
        var below = new Option<string>("--bins-below") { Description = "Bins of the window below the threshold.", Required = true };
        var above = new Option<string>("--bins-above") { Description = "Bins of the window above the threshold.", Required = true };
        var poly = new Option<string>("--poly") { Description = "The degree of the counterfactual polynomial (default 9).", DefaultValueFactory = _ => "9" };
        var excludeBelow = new Option<string>("--exclude-below") { Description = "Bins just below the threshold's bin that belong to the bunching region (default 0).", DefaultValueFactory = _ => "0" };
        var excludeAbove = new Option<string>("--exclude-above") { Description = "Bins just above the threshold's bin that belong to the bunching region (default 0).", DefaultValueFactory = _ => "0" };
        var binValue = new Option<string>("--bin-value") { Description = "Where the threshold sits in its bin: median (default), min or max.", DefaultValueFactory = _ => "median" };
        var noCorrection = new Option<bool>("--no-integration-correction") { Description = "Do not shift the counterfactual above the threshold so it holds the cases that bunched (bunchit's correct = FALSE)." };
        var bootstrap = new Option<string>("--bootstrap") { Description = "Bootstrap replicates for standard errors and intervals (default 0: none).", DefaultValueFactory = _ => "0" };
        var seed = new Option<string?>("--seed") { Description = "Seed of the bootstrap (default 20111)." };
        foreach (var option in new Option[] { threshold, binWidth, below, above, poly, excludeBelow, excludeAbove, binValue, noCorrection, bootstrap, seed })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var json = input.Json(parsed);
            var options = new BunchingOptions(
                StatInput.Number("--threshold", parsed.GetValue(threshold)!),
                StatInput.Number("--bin-width", parsed.GetValue(binWidth)!),
                StatInput.Whole("--bins-below", parsed.GetValue(below)!, 1),
                StatInput.Whole("--bins-above", parsed.GetValue(above)!, 1))
            {
                PolynomialDegree = StatInput.Whole("--poly", parsed.GetValue(poly)!, 0),
                ExcludedBelow = StatInput.Whole("--exclude-below", parsed.GetValue(excludeBelow)!, 0),
                ExcludedAbove = StatInput.Whole("--exclude-above", parsed.GetValue(excludeAbove)!, 0),
                BinValue = StatInput.Choice("--bin-value", parsed.GetValue(binValue)!, ("median", BinValue.Median), ("min", BinValue.Min), ("max", BinValue.Max)),
                CorrectIntegration = !parsed.GetValue(noCorrection),
                BootstrapReplicates = StatInput.Whole("--bootstrap", parsed.GetValue(bootstrap)!, 0),
                Seed = parsed.GetValue(seed) is { } s ? StatInput.Whole("--seed", s, int.MinValue) : BunchingOptions.DefaultSeed,
            };
            var column = input.ReadNumbers(context, parsed);
            var values = column.Values as double[] ?? [.. column.Values];
            var result = input.Compute(parsed, () => BunchingEstimator.Estimate(values, options));
            Report(result, column.Column).Write(context.Out, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static StatReport Report(BunchingResult result, string column)
    {
        var report = new StatReport()
            .Add("column", column)
            .Add("threshold", result.Options.Threshold)
            .Add("bin_width", result.Options.BinWidth)
            .Add("bins", result.Bins.Count)
            .Add("observations", result.Observations)
            .Add("excess_mass", result.ExcessMass)
            .Add("normalized_excess", result.NormalisedExcess)
            .Add("excess_at_or_below_threshold", result.ExcessAtOrBelowThreshold)
            .Add("excess_above_threshold", result.ExcessAboveThreshold)
            .Add("counterfactual_per_bin", result.Normaliser)
            .Add("correction_iterations", result.CorrectionIterations);
        if (result.Bootstrap is { } b)
        {
            report.Add("bootstrap_replicates", b.Replicates)
                .Add("seed", b.Seed)
                .Add("excess_mass_se", b.ExcessMassStandardError)
                .Add("excess_mass_ci_lower", b.ExcessMassInterval.Lower)
                .Add("excess_mass_ci_upper", b.ExcessMassInterval.Upper)
                .Add("normalized_excess_se", b.NormalisedExcessStandardError)
                .Add("normalized_excess_ci_lower", b.NormalisedExcessInterval.Lower)
                .Add("normalized_excess_ci_upper", b.NormalisedExcessInterval.Upper)
                .Add("z", result.Z)
                .Add("p", result.PValue);
        }

        return report.Reading(StatReadings.Bunching(result)).Table(
            "bins",
            ["value", "offset", "count", "counterfactual", "excess", "in_region"],
            result.Bins.Select(bin => new object?[] { bin.Value, bin.Offset, bin.Count, bin.Counterfactual, bin.Excess, bin.InBunchingRegion }));
    }
}
