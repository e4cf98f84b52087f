using Goodhart.Statistics.Density;

namespace Goodhart.Tests.Statistics.Density;

/// <summary>
/// The estimator's sums built one observation at a time, as the package does (and as this port did before it grouped
/// equal values): F̂ from each observation's rank, the jackknife's leave-one-out term from the running sum above it.
/// A reference for the grouped closed-form sums of <see cref="LocalPolynomialDensityFit"/>.
/// </summary>
internal static class PerObservationDensityFit
{
    public static DensityFitColumns Fit(double[] sample, double cutoff, double hl, double hr, int order, DensityKernel kernel, DensityFitModel fit, bool jackknife, bool massPoints)
    {
        var sorted = sample.Order().ToArray();
        var n = sorted.Length;
        var cdf = new double[n];
        for (var i = 0; i < n; i++)
        {
            var last = i;
            while (massPoints && last + 1 < n && sorted[last + 1] == sorted[i])
            {
                last++;
            }

            cdf[i] = last / (n - 1.0);
        }

        var inside = Enumerable.Range(0, n).Where(i => sorted[i] - cutoff >= -hl && sorted[i] - cutoff <= hr).ToArray();
        var restricted = fit == DensityFitModel.Restricted;
        var m = LocalPolynomialDensityFit.Columns(order, restricted);
        var gram = new double[m * m];
        var moment = new double[m];
        var crossL = new double[m * m];
        var suffix = new double[m];
        var row = new double[m];
        var terms = new double[inside.Length][];
        for (var j = inside.Length - 1; j >= 0; j--)
        {
            var i = inside[j];
            var x = sorted[i] - cutoff;
            var left = sorted[i] < cutoff;
            var h = left ? hl : hr;
            var w = LocalPolynomialDensityFit.Weight(kernel, x / h, left, h);
            LocalPolynomialDensityFit.FillDesign(row, x / h, left, order, restricted);
            for (var a = 0; a < m; a++)
            {
                moment[a] += w * row[a] * cdf[i];
                for (var b = a; b < m; b++)
                {
                    gram[a * m + b] += w * row[a] * row[b];
                }
            }

            terms[j] = (double[])suffix.Clone();
            for (var a = 0; a < m; a++)
            {
                suffix[a] += w * row[a];
            }
        }

        for (var j = 0; j < inside.Length; j++)
        {
            // Adjusted for mass points, every member of a tie takes the term of its first member.
            var first = j;
            while (massPoints && first > 0 && sorted[inside[first - 1]] == sorted[inside[j]])
            {
                first--;
            }

            var l = terms[first];
            for (var a = 0; a < m; a++)
            {
                for (var b = a; b < m; b++)
                {
                    crossL[a * m + b] += l[a] * l[b];
                }
            }
        }

        return inside.Length == 0
            ? new DensityFitColumns()
            : LocalPolynomialDensityFit.Solve(gram, moment, crossL, n, hl, hr, order, 1, kernel, restricted, jackknife);
    }
}
