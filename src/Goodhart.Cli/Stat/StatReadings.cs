using System.Globalization;
using Goodhart.Statistics.Bunching;
using Goodhart.Statistics.Density;
using Goodhart.Statistics.Digits;

namespace Goodhart.Cli.Stat;

/// <summary>What each statistic of <c>goodhart stat</c> says, in one or two plain sentences.</summary>
internal static class StatReadings
{
    private const double Level = 0.05;

    public static string Density(DensityTestResult result, string column)
    {
        var test = result.BiasCorrected.Test;
        var estimate = result.BiasCorrected.Estimate;
        if (!double.IsFinite(test.PValue))
        {
            return "The test could not be worked out: too few distinct values near the cutoff on one side.";
        }

        return test.PValue < Level
            ? Invariant($"The values of {column} are not spread smoothly across {result.Options.Cutoff}: their density is {estimate.Left:0.####} just below it and {estimate.Right:0.####} just above (p = {test.PValue:0.####}). A jump like this is what values pushed from one side of a line to the other leave behind; it does not say why they moved.")
            : Invariant($"No clear jump in the density of {column} at {result.Options.Cutoff} (p = {test.PValue:0.####}): the values are spread across it about as smoothly as chance allows. That is not proof that nothing was moved, only that this sample does not show it.");
    }

    public static string Bunching(BunchingResult result)
    {
        var interval = result.Bootstrap is { } b
            ? Invariant($" (95% interval {b.ExcessMassInterval.Lower:N0} to {b.ExcessMassInterval.Upper:N0})")
            : string.Empty;
        return Invariant($"About {result.ExcessMass:N0} more values{interval} sit around {result.Options.Threshold} than the smooth curve fitted to the bins either side expects: {result.NormalisedExcess:0.##} times the expected count of one bin there. The curve is an assumption; if the spread would not be smooth without the threshold, the excess is not all bunching.");
    }

    public static string Whipple(WhippleResult result) =>
        Invariant($"Values that are multiples of {result.Multiple} are {result.Index / 100:0.##} times as common as they would be without rounding (Whipple index {result.Index:0.#}; 100 means no preference, {result.Multiple * 100} means every value is a multiple). ") +
        (result.PValue < Level ? "Values look rounded or estimated rather than recorded." : "No clear preference for round values.");

    public static string Benford(BenfordResult result) =>
        Invariant($"The leading digits {(result.PValue < Level ? "depart from" : "are consistent with")} Benford's law (p = {result.PValue:0.####}; Nigrini's mean absolute deviation {result.MeanAbsoluteDeviation:0.#####}, {result.Conformity}). ") +
        "Many honest figures do not follow Benford's law (values in a narrow range, assigned numbers), so a departure is a question to ask, not proof of invention.";

    public static string LastDigit(TerminalDigitResult result) =>
        result.PValue < Level
            ? Invariant($"The last digits are not evenly spread (p = {result.PValue:0.####}): some are favoured, as happens when figures are rounded or typed in rather than measured.")
            : Invariant($"The last digits are about as evenly spread as chance allows (p = {result.PValue:0.####}).");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
