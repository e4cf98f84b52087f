using System.Globalization;

namespace Goodhart.Spc;

/// <summary>
/// A series turned into arrays for charting: the value of each period (the value itself, or numerator over
/// denominator), with NaN for a missing period. A period whose data cannot be charted (a denominator of 0, a
/// numerator above its denominator on a P chart) is left out with a warning that says why.
/// </summary>
internal sealed class PlottedValues
{
    private PlottedValues(double[] values, double[] numerators, double[] denominators)
    {
        Values = values;
        Numerators = numerators;
        Denominators = denominators;
    }

    /// <summary>The value of each period: the value, or numerator / denominator; NaN when missing.</summary>
    public double[] Values { get; }

    /// <summary>The value as given (numerator); NaN when missing.</summary>
    public double[] Numerators { get; }

    /// <summary>The denominator as given; NaN when missing or when there are none.</summary>
    public double[] Denominators { get; }

    public static PlottedValues From(SpcSeries series, ChartKind chart, List<SpcMessage> warnings)
    {
        var count = series.Values.Count;
        var values = new double[count];
        var numerators = new double[count];
        var denominators = new double[count];
        var rates = series.Denominators is not null;
        var proportion = chart is ChartKind.P or ChartKind.PPrime;
        var counts = chart is ChartKind.P or ChartKind.PPrime or ChartKind.U or ChartKind.UPrime or ChartKind.C;
        for (var i = 0; i < count; i++)
        {
            var y = series.Values[i] ?? double.NaN;
            var n = rates ? series.Denominators![i] ?? double.NaN : double.NaN;
            numerators[i] = y;
            denominators[i] = n;
            values[i] = y;
            if (double.IsNaN(y))
            {
                continue;
            }

            string? problem = null;
            if (!double.IsFinite(y))
            {
                problem = "the value is not a finite number";
            }
            else if (counts && y < 0)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"a count cannot be negative ({y})");
            }
            else if (rates && chart != ChartKind.C)
            {
                if (double.IsNaN(n))
                {
                    problem = "the denominator is missing";
                }
                else if (!(n > 0) || !double.IsFinite(n))
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"the denominator must be above 0, not {n}");
                }
                else if (proportion && y > n)
                {
                    problem = string.Create(CultureInfo.InvariantCulture,
                        $"the numerator {y} is above the denominator {n}; a proportion cannot exceed 1 (a U chart charts rates)");
                }
                else
                {
                    values[i] = y / n;
                }
            }

            if (problem is not null)
            {
                warnings.Add(new SpcMessage("invalid-point", i, $"Period {series.Keys[i]} is left out: {problem}."));
                values[i] = double.NaN;
                numerators[i] = double.NaN;
            }
        }

        return new PlottedValues(values, numerators, denominators);
    }
}
