using System.Globalization;

namespace Goodhart.Spc;

/// <summary>
/// Charts a measure series: centre line and limits per phase, the rules each point breaks, what the signals mean
/// in the direction of improvement, the variation and assurance verdicts, and how often a stable process would
/// raise an alarm on a chart like it. Pure: the same series and options always give the same result.
/// </summary>
public static partial class SpcAnalysis
{
    /// <summary>Charts one series.</summary>
    /// <param name="series">The series; its lists must have one entry per period.</param>
    /// <param name="options">How to chart it; <see cref="SpcOptions.Validate"/> must find no problem.</param>
    /// <exception cref="ArgumentException">The lists differ in length, the options are invalid, or the chart needs denominators the series lacks.</exception>
    public static SpcResult Run(SpcSeries series, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var count = series.Keys.Count;
        if (series.Values.Count != count || (series.Denominators is { } d && d.Count != count))
        {
            throw new ArgumentException("A series needs exactly one value (and one denominator, if any) per period.", nameof(series));
        }

        var problems = options.Validate(count);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(options));
        }

        if (NeedsDenominators(options.Chart) && series.Denominators is null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A {ChartNames.Of(options.Chart)} needs a denominator for every period."),
                nameof(series));
        }

        var warnings = new List<SpcMessage>();
        var inputs = PlottedValues.From(series, options.Chart, warnings);
        CheckPeriods(series.Keys, warnings);
        return new ChartBuilder(series.Name, options, series.Keys, inputs, warnings).Build();
    }

    /// <summary>Whether a chart kind plots numerators over denominators with per-point binomial or Poisson sigma.</summary>
    /// <param name="chart">The chart kind.</param>
    public static bool NeedsDenominators(ChartKind chart) =>
        chart is ChartKind.P or ChartKind.PPrime or ChartKind.U or ChartKind.UPrime;

    private static void CheckPeriods(IReadOnlyList<SpcKey> keys, List<SpcMessage> warnings)
    {
        // Reported, never fixed: a sorted copy would silently change what the rules see.
        for (var i = 1; i < keys.Count; i++)
        {
            if (keys[i] == keys[i - 1])
            {
                warnings.Add(new SpcMessage("duplicate-period", i,
                    $"Period {keys[i]} appears twice in a row; each period should have one value."));
            }
            else if (keys[i] < keys[i - 1] && !keys[i].IsText && !keys[i - 1].IsText)
            {
                warnings.Add(new SpcMessage("unsorted-period", i,
                    $"Period {keys[i]} comes after {keys[i - 1]}; the points are charted in the order given."));
            }
        }
    }
}
