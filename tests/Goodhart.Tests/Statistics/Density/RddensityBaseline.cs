using System.Globalization;
using Goodhart.Statistics.Density;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Statistics.Density;

/// <summary>
/// The rddensity authors' numerical fixture (README.md in this folder): its inputs, the options of each case, and
/// the package's metric names mapped onto our results.
/// </summary>
internal static class RddensityBaseline
{
    private static readonly Lazy<IReadOnlyList<(string Case, string Metric, double Value)>> Rows = new(() => Read("rddensity_numerical_baseline.csv"));
    private static readonly Lazy<IReadOnlyList<(string Case, string Metric, double Value)>> CrossCheckRows = new(() => Read("rddensity_r_crosscheck.csv"));
    private static readonly Dictionary<string, IReadOnlyDictionary<string, double>> Computed = [];

    public static string PathOf(string file) => Repo.PathOf(Path.Combine("tests", "Goodhart.Tests", "Statistics", "Density", file));

    /// <summary>x: 200 points spread evenly over [−1.5, 1.5] with a small wiggle (as R's seq(−1.5, 1.5, length.out = 200)).</summary>
    public static double[] Smooth() => [.. Enumerable.Range(0, 200).Select(i => (i == 199 ? 1.5 : -1.5 + i * (3.0 / 199)) + 0.05 * Math.Sin(i))];

    /// <summary>x_mass: 240 points rounded to one decimal, so many values repeat.</summary>
    public static double[] WithMassPoints() => [.. Enumerable.Range(0, 240).Select(i => Math.Round(-1.4 + 3.0 * i / 239 + 0.08 * Math.Sin(i / 2.0), 1))];

    public static IEnumerable<object[]> Cases(string prefix) =>
        Rows.Value.Where(r => r.Case.StartsWith(prefix, StringComparison.Ordinal)).Select(r => new object[] { r.Case, r.Metric, r.Value });

    /// <summary>The cross-check values for paths the authors' fixture leaves out (README.md here).</summary>
    public static IEnumerable<object[]> CrossCheckCases(bool bandwidthSelection) =>
        CrossCheckRows.Value.Where(r => r.Case.StartsWith("bw_", StringComparison.Ordinal) == bandwidthSelection).Select(r => new object[] { r.Case, r.Metric, r.Value });

    /// <summary>The value of a metric in a case, computed from the sample, or with <paramref name="viaCounts"/> from its histogram of distinct values.</summary>
    public static double Actual(string caseName, string metric, bool viaCounts = false)
    {
        IReadOnlyDictionary<string, double> values;
        lock (Computed)
        {
            var key = (viaCounts ? "counts:" : "") + caseName;
            if (!Computed.TryGetValue(key, out values!))
            {
                values = viaCounts
                    ? Compute(caseName, (x, o) => DensityDiscontinuityTest.Run(Histogram(x), o), (x, o) => DensityBandwidthSelector.Select(Histogram(x), o))
                    : Compute(caseName, (x, o) => DensityDiscontinuityTest.Run(x, o), (x, o) => DensityBandwidthSelector.Select(x, o));
                Computed[key] = values;
            }
        }

        return values.TryGetValue(metric, out var value) ? value : throw new KeyNotFoundException($"{caseName}: no metric {metric}");
    }

    private static IReadOnlyList<(string, string, double)> Read(string file) =>
        [.. File.ReadLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var parts = l.Split(',');
            return (parts[0], parts[1], double.Parse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture));
        })];

    /// <summary>The sample as counts of its distinct values, in descending order so that the sort is exercised.</summary>
    public static MassPoint[] Histogram(IEnumerable<double> sample) =>
        [.. sample.GroupBy(v => v).Select(g => new MassPoint(g.Key, g.Count())).OrderByDescending(p => p.Value)];

    private static IReadOnlyDictionary<string, double> Compute(
        string caseName,
        Func<double[], DensityTestOptions, DensityTestResult> run,
        Func<double[], DensityTestOptions, DensityBandwidthSelection> select)
    {
        var x = Smooth();
        var o = DensityTestOptions.Default;
        return caseName switch
        {
            "rddensity_fixed" => Metrics(run(x, o with { Bandwidths = DensityBandwidths.Equal(0.6) })),
            "rddensity_estimated" => Metrics(run(x, o)),
            "rddensity_uniform" => Metrics(run(x, o with { Bandwidths = DensityBandwidths.Equal(0.7), Kernel = DensityKernel.Uniform })),
            "rddensity_restricted" => Metrics(run(x, o with { Bandwidths = DensityBandwidths.Equal(0.8), Fit = DensityFitModel.Restricted })),
            "rddensity_all" => Metrics(run(x, o with { Bandwidths = DensityBandwidths.Equal(0.6), IncludeConventional = true })),
            "rddensity_epanechnikov_plugin" => Metrics(run(x, o with { Bandwidths = new(0.75, 0.65), Kernel = DensityKernel.Epanechnikov, Variance = DensityVarianceEstimator.PlugIn })),
            "rddensity_nonzero_cutoff" => Metrics(run(x, o with { Cutoff = 0.15, Bandwidths = new(0.5, 0.7) })),
            "rddensity_masspoints_adjusted" => Metrics(run(WithMassPoints(), o with { Bandwidths = DensityBandwidths.Equal(0.8) })),
            "rddensity_masspoints_unadjusted" => Metrics(run(WithMassPoints(), o with { Bandwidths = DensityBandwidths.Equal(0.8), MassPoints = false })),
            "rdbwdensity_default" => Metrics(select(x, o)),
            "rdbwdensity_uniform_plugin" => Metrics(select(x, o with { Kernel = DensityKernel.Uniform, Variance = DensityVarianceEstimator.PlugIn })),
            "rdbwdensity_nonzero_cutoff" => Metrics(select(x, o with { Cutoff = 0.15, Order = 3, Kernel = DensityKernel.Epanechnikov })),
            "rdbwdensity_masspoints_adjusted" => Metrics(select(WithMassPoints(), o)),
            "rdbwdensity_masspoints_unadjusted" => Metrics(select(WithMassPoints(), o with { MassPoints = false })),
            "restricted_plugin" => Metrics(run(x, o with { Bandwidths = DensityBandwidths.Equal(0.8), Fit = DensityFitModel.Restricted, Variance = DensityVarianceEstimator.PlugIn, IncludeConventional = true })),
            "restricted_plugin_p1_uniform" => Metrics(run(x, o with { Order = 1, Bandwidths = DensityBandwidths.Equal(0.7), Fit = DensityFitModel.Restricted, Variance = DensityVarianceEstimator.PlugIn, Kernel = DensityKernel.Uniform, IncludeConventional = true })),
            "restricted_estimated" => Metrics(run(x, o with { Fit = DensityFitModel.Restricted })),
            "restricted_masspoints" => Metrics(run(WithMassPoints(), o with { Bandwidths = DensityBandwidths.Equal(0.8), Fit = DensityFitModel.Restricted, IncludeConventional = true })),
            "p1_estimated" => Metrics(run(x, o with { Order = 1 })),
            "p3_q5_triangular_plugin" => Metrics(run(x, o with { Order = 3, BiasCorrectionOrder = 5, Bandwidths = new(0.9, 1.1), Variance = DensityVarianceEstimator.PlugIn, IncludeConventional = true })),
            "masspoints_estimated" => Metrics(run(WithMassPoints(), o)),
            "each_rule" => Metrics(run(x, o with { BandwidthRule = BandwidthRule.Each })),
            "bw_restricted" => Metrics(select(x, o with { Fit = DensityFitModel.Restricted })),
            "bw_restricted_plugin_uniform" => Metrics(select(x, o with { Fit = DensityFitModel.Restricted, Variance = DensityVarianceEstimator.PlugIn, Kernel = DensityKernel.Uniform })),
            "bw_p1" => Metrics(select(x, o with { Order = 1 })),
            "bw_p4_epanechnikov_plugin" => Metrics(select(x, o with { Order = 4, Kernel = DensityKernel.Epanechnikov, Variance = DensityVarianceEstimator.PlugIn })),
            "bw_restricted_masspoints" => Metrics(select(WithMassPoints(), o with { Fit = DensityFitModel.Restricted })),
            _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "unknown case"),
        };
    }

    /// <summary>The package's names: hat/sd/test are the bias-corrected (order q) fit, *_p the conventional (order p) one.</summary>
    private static Dictionary<string, double> Metrics(DensityTestResult r)
    {
        var m = new Dictionary<string, double>
        {
            ["h_left"] = r.Bandwidths.Left,
            ["h_right"] = r.Bandwidths.Right,
            ["n_full"] = r.Counts.Full,
            ["n_left"] = r.Counts.Left,
            ["n_right"] = r.Counts.Right,
            ["n_eff_left"] = r.Counts.EffectiveLeft,
            ["n_eff_right"] = r.Counts.EffectiveRight,
        };
        AddEstimation(m, "", r.BiasCorrected);
        AddEstimation(m, "_p", r.Conventional);
        return m;
    }

    private static void AddEstimation(Dictionary<string, double> m, string suffix, DensityEstimation? e)
    {
        AddContrast(m, "hat" + suffix, e?.Estimate);
        AddContrast(m, "sd_asy" + suffix, e?.PlugInStandardError);
        AddContrast(m, "sd_jk" + suffix, e?.JackknifeStandardError);
        m[$"test{suffix}_t_asy"] = e?.PlugInTest?.T ?? double.NaN;
        m[$"test{suffix}_t_jk"] = e?.JackknifeTest?.T ?? double.NaN;
        m[$"test{suffix}_p_asy"] = e?.PlugInTest?.PValue ?? double.NaN;
        m[$"test{suffix}_p_jk"] = e?.JackknifeTest?.PValue ?? double.NaN;
    }

    private static void AddContrast(Dictionary<string, double> m, string prefix, DensityContrast? c)
    {
        m[prefix + "_left"] = c?.Left ?? double.NaN;
        m[prefix + "_right"] = c?.Right ?? double.NaN;
        m[prefix + "_diff"] = c?.Difference ?? double.NaN;
    }

    private static Dictionary<string, double> Metrics(DensityBandwidthSelection s)
    {
        var m = new Dictionary<string, double>
        {
            ["n_full"] = s.Full,
            ["n_left"] = s.LeftCount,
            ["n_right"] = s.RightCount,
        };
        foreach (var (name, c) in new[] { ("l", s.Left), ("r", s.Right), ("diff", s.Difference), ("sum", s.Sum) })
        {
            m[$"h_{name}_bw"] = c.Bandwidth;
            m[$"h_{name}_variance"] = c.Variance;
            m[$"h_{name}_biassq"] = c.BiasSquared;
        }

        return m;
    }
}
