using System.CommandLine;
using Goodhart.Statistics.Density;

namespace Goodhart.Cli.Stat;

/// <summary>
/// <c>goodhart stat density</c>: the local polynomial density discontinuity test at a cutoff (Cattaneo, Jansson and
/// Ma 2020; the R package rddensity), with its robust bias-corrected and conventional statistics.
/// </summary>
internal static class DensityCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "density",
            "Test whether the density of the values jumps at a cutoff (rddensity's manipulation test): a pile-up just under a target " +
            "and a gap just over it are what people rushing or relabelling cases leave behind.");
        var input = StatInput.AddTo(command);
        var cutoff = new Option<string>("--cutoff") { Description = "The cutoff c, e.g. the target 240 (minutes); it must lie inside the range of the values.", Required = true };
        var order = new Option<string>("--p") { Description = "The local polynomial order p, 1 to 7 (default 2); the robust test uses order p + 1.", DefaultValueFactory = _ => "2" };
        var kernel = new Option<string>("--kernel") { Description = "triangular (default), epanechnikov or uniform.", DefaultValueFactory = _ => "triangular" };
        var vce = new Option<string>("--vce") { Description = "The standard errors: jackknife (default) or plugin.", DefaultValueFactory = _ => "jackknife" };
        var bandwidth = new Option<string?>("--h") { Description = "The bandwidths left,right (or one for both) instead of estimating them, in the units of the values." };
        var restricted = new Option<bool>("--restricted") { Description = "Fit both sides together, allowing only the density to jump (needs one bandwidth)." };
        var noMassPoints = new Option<bool>("--no-mass-points") { Description = "Do not adjust for repeated values (rddensity's massPoints = FALSE)." };
        foreach (var option in new Option[] { cutoff, order, kernel, vce, bandwidth, restricted, noMassPoints })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var json = input.Json(parsed);
            var options = new DensityTestOptions(
                Cutoff: StatInput.Number("--cutoff", parsed.GetValue(cutoff)!),
                Order: StatInput.Whole("--p", parsed.GetValue(order)!, 1),
                Kernel: StatInput.Choice("--kernel", parsed.GetValue(kernel)!, ("triangular", DensityKernel.Triangular), ("epanechnikov", DensityKernel.Epanechnikov), ("uniform", DensityKernel.Uniform)),
                Variance: StatInput.Choice("--vce", parsed.GetValue(vce)!, ("jackknife", DensityVarianceEstimator.Jackknife), ("plugin", DensityVarianceEstimator.PlugIn)),
                Fit: parsed.GetValue(restricted) ? DensityFitModel.Restricted : DensityFitModel.Unrestricted,
                MassPoints: !parsed.GetValue(noMassPoints),
                Bandwidths: parsed.GetValue(bandwidth) is { } h ? Bandwidths(h) : null,
                IncludeConventional: true);
            var column = input.ReadNumbers(context, parsed);
            var values = column.Values as double[] ?? [.. column.Values];
            var result = input.Compute(parsed, () => DensityDiscontinuityTest.Run(values, options));
            Report(result, column.Column).Write(context.Out, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DensityBandwidths Bandwidths(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2))
        {
            throw new InputException($"--h: '{text}' is not one bandwidth or two (left,right), e.g. 30 or 25,40.");
        }

        var left = StatInput.Number("--h", parts[0]);
        var right = parts.Length == 2 ? StatInput.Number("--h", parts[1]) : left;
        if (left <= 0 || right <= 0)
        {
            throw new InputException($"--h: '{text}': bandwidths must be positive.");
        }

        return new DensityBandwidths(left, right);
    }

    private static StatReport Report(DensityTestResult result, string column)
    {
        var robust = result.BiasCorrected;
        var conventional = result.Conventional;
        return new StatReport()
            .Add("column", column)
            .Add("cutoff", result.Options.Cutoff)
            .Add("n", result.Counts.Full)
            .Add("p", robust.Test.PValue)
            .Add("t", robust.Test.T)
            .Add("t_conventional", conventional?.Test.T)
            .Add("p_conventional", conventional?.Test.PValue)
            .Add("order_p", result.Options.Order)
            .Add("order_q", result.Options.EffectiveBiasCorrectionOrder)
            .Add("kernel", result.Options.Kernel.ToString().ToLowerInvariant())
            .Add("vce", result.Options.Variance == DensityVarianceEstimator.PlugIn ? "plugin" : "jackknife")
            .Add("fit", result.Options.Fit.ToString().ToLowerInvariant())
            .Add("mass_points", result.Options.MassPoints)
            .Add("has_repeated_values", result.HasRepeatedValues)
            .Add("h_left", result.Bandwidths.Left)
            .Add("h_right", result.Bandwidths.Right)
            .Add("n_left", result.Counts.Left)
            .Add("n_right", result.Counts.Right)
            .Add("n_eff_left", result.Counts.EffectiveLeft)
            .Add("n_eff_right", result.Counts.EffectiveRight)
            .Add("f_left", robust.Estimate.Left)
            .Add("f_right", robust.Estimate.Right)
            .Add("f_difference", robust.Estimate.Difference)
            .Add("se_left", robust.StandardError.Left)
            .Add("se_right", robust.StandardError.Right)
            .Add("se_difference", robust.StandardError.Difference)
            .Add("f_left_conventional", conventional?.Estimate.Left)
            .Add("f_right_conventional", conventional?.Estimate.Right)
            .Reading(StatReadings.Density(result, column));
    }
}
