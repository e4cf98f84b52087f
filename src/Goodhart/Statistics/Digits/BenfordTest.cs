using System.Globalization;

namespace Goodhart.Statistics.Digits;

/// <summary>
/// Benford's law for leading digits (Benford 1938; Nigrini 2012): in many naturally occurring amounts the first
/// significant digit d appears with probability log₁₀(1 + 1/d), so invented or manipulated amounts often stand out.
/// </summary>
public static class BenfordTest
{
    /// <summary>
    /// Tests the positive values' leading digits against Benford's law. Zero, negative and non-finite values are
    /// skipped and counted. Digits are read from the value rounded to 15 significant digits, so binary noise such as
    /// 0.30000000000000004 does not change them.
    /// </summary>
    /// <param name="values">The amounts, e.g. invoice totals.</param>
    /// <param name="digits">First digit (default) or first two digits.</param>
    public static BenfordResult Run(IReadOnlyList<double> values, BenfordDigits digits = BenfordDigits.First)
    {
        ArgumentNullException.ThrowIfNull(values);
        var first = digits == BenfordDigits.First ? 1 : 10;
        var last = digits == BenfordDigits.First ? 9 : 99;
        var cells = last - first + 1;
        var observed = new double[cells];
        var skipped = 0;
        foreach (var value in values)
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                skipped++;
                continue;
            }

            observed[Leading(value, digits) - first]++;
        }

        var labels = new int[cells];
        var shares = new double[cells];
        for (var i = 0; i < cells; i++)
        {
            labels[i] = first + i;
            shares[i] = Math.Log10(1 + (1.0 / labels[i]));
        }

        var (frequencies, statistic) = ChiSquareFit.Run(labels, observed, shares);
        var mad = frequencies.Average(f => Math.Abs(f.ObservedShare - f.ExpectedShare));
        return new BenfordResult(
            digits,
            values.Count - skipped,
            skipped,
            statistic,
            cells - 1,
            ChiSquareFit.UpperTail(statistic, cells - 1),
            mad,
            Classify(mad, digits),
            frequencies);
    }

    /// <summary>The first (or first two) significant digits of a positive finite value.</summary>
    /// <param name="value">A positive finite number.</param>
    /// <param name="digits">How many leading digits.</param>
    internal static int Leading(double value, BenfordDigits digits)
    {
        // "E14" keeps 15 significant digits: "1.92353600000000E+006".
        var text = value.ToString("E14", CultureInfo.InvariantCulture);
        var d1 = text[0] - '0';
        return digits == BenfordDigits.First ? d1 : (10 * d1) + (text[2] - '0');
    }

    private static BenfordConformity Classify(double mad, BenfordDigits digits)
    {
        var (close, acceptable, marginal) = digits == BenfordDigits.First ? (0.006, 0.012, 0.015) : (0.0012, 0.0018, 0.0022);
        return mad <= close ? BenfordConformity.Close
            : mad <= acceptable ? BenfordConformity.Acceptable
            : mad <= marginal ? BenfordConformity.Marginal
            : BenfordConformity.Nonconformity;
    }
}
