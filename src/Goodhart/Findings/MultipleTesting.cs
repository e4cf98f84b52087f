namespace Goodhart.Findings;

/// <summary>
/// Correction for running many tests in one scan. With twenty tests at the 5% level, one false alarm is expected by
/// chance alone; the correction keeps the chance of any false alarm across the scan at the level.
/// </summary>
public static class MultipleTesting
{
    /// <summary>
    /// Holm's step-down adjustment (Holm 1979, Scand. J. Statist. 6:65–70): sort the m p-values ascending; the i-th
    /// smallest (from 1) becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). It controls the family-wise error rate
    /// under any dependence between the tests and is never less powerful than Bonferroni. NaN stays NaN and is not
    /// counted in m.
    /// </summary>
    /// <param name="pValues">The raw p-values.</param>
    /// <returns>The adjusted p-values, in the input's order.</returns>
    public static IReadOnlyList<double> Holm(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var adjusted = new double[pValues.Count];
        var order = new List<int>(pValues.Count);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            if (double.IsNaN(p))
            {
                adjusted[i] = double.NaN;
                continue;
            }

            if (p is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), p, $"p-value {i} is {p}; p-values lie in [0, 1].");
            }

            order.Add(i);
        }

        order.Sort((a, b) => pValues[a].CompareTo(pValues[b]));
        var m = order.Count;
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }

    /// <summary>
    /// The findings of one scan with their p-values adjusted together by <see cref="Holm(IReadOnlyList{double})"/>
    /// and their severities recomputed by <paramref name="rule"/>. Findings whose test could not run keep
    /// <see cref="Severity.NotEnoughData"/> and do not count as tests.
    /// </summary>
    /// <param name="findings">The findings of one scan, each with its raw p-value.</param>
    /// <param name="rule">The severity rule; <c>null</c> for <see cref="SeverityRule.Default"/>.</param>
    public static IReadOnlyList<Finding> AdjustScan(IReadOnlyList<Finding> findings, SeverityRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        rule ??= SeverityRule.Default;
        var raw = findings.Select(f => f.Severity != Severity.NotEnoughData && f.PValue is { } p ? p : double.NaN).ToArray();
        var adjusted = Holm(raw);
        var result = new Finding[findings.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var finding = findings[i];
            result[i] = double.IsNaN(adjusted[i])
                ? finding with { AdjustedPValue = null, Severity = Severity.NotEnoughData }
                : finding with { AdjustedPValue = adjusted[i], Severity = rule.Classify(adjusted[i], finding.Effect, finding.CanAlert) };
        }

        return result;
    }
}
