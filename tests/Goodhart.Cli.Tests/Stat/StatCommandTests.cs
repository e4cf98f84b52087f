using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Goodhart.Cli.Tests.Support;
using Goodhart.Statistics.Density;
using Goodhart.Statistics.Digits;
using Goodhart.Testing;
using MiniExcelLibs;

namespace Goodhart.Cli.Tests.Stat;

public sealed class StatCommandTests
{
    private static readonly string BunchingData = RepositoryRoot.Combine("tests", "Goodhart.Tests", "Statistics", "Bunching", "bunching_data.csv");

    [Fact]
    public void Bunching_PackageKinkExample_ReproducesBunchit()
    {
        using var cli = new CliRun();

        var code = cli.Run("stat", "bunching", BunchingData, "--column", "kink_vector", "--threshold", "10000", "--bin-width", "50",
            "--bins-below", "20", "--bins-above", "20", "--bin-value", "median", "--poly", "4", "--no-integration-correction", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(cli.Out.ToString());
        var root = json.RootElement;
        // bunchit(kink_vector, zstar = 10000, binwidth = 50, bins_l = 20, bins_r = 20, poly = 4, correct = FALSE), see the
        // data README in tests/Goodhart.Tests/Statistics/Bunching.
        Assert.Equal(648.751076072, root.GetProperty("excess_mass").GetDouble(), 648.751076072 * 1e-9);
        Assert.Equal(1.988515604, root.GetProperty("normalized_excess").GetDouble(), 1.988515604 * 1e-8);
        Assert.Equal(12920, root.GetProperty("observations").GetDouble());
        var bins = root.GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(39, bins.Count);
        Assert.Equal(9050, bins[0].GetProperty("value").GetDouble());
        var atThreshold = Assert.Single(bins, b => b.GetProperty("in_region").GetBoolean());
        // In the only region bin, observed − counterfactual is the excess mass.
        Assert.Equal(648.751076072, atThreshold.GetProperty("count").GetDouble() - atThreshold.GetProperty("counterfactual").GetDouble(), 1e-6);
        Assert.Contains("skipped 1,425 empty cells", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SampleBunchingData_IsTheTestsReferenceFileUnchanged()
    {
        // The README's stat example runs on the samples copy; it must stay the file the reference numbers come from.
        Assert.Equal(File.ReadAllBytes(BunchingData), File.ReadAllBytes(RepositoryRoot.Combine("samples", "stat", "bunching_data.csv")));
    }

    [Fact]
    public void Bunching_Text_MatchesTheVerifiedOutput()
    {
        using var cli = new CliRun();

        var code = cli.Run("stat", "bunching", BunchingData, "--column", "kink_vector", "--threshold", "10000", "--bin-width", "50",
            "--bins-below", "20", "--bins-above", "20", "--poly", "4", "--no-integration-correction");

        Assert.Equal(0, code);
        Golden.Verify(cli.Out.ToString(), "Stat/Golden/bunching.verified.txt");
    }

    [Fact]
    public void Bunching_BootstrapWithSeed_IsRepeatableAndReportsTheInterval()
    {
        string Run()
        {
            using var cli = new CliRun();
            Assert.Equal(0, cli.Run("stat", "bunching", BunchingData, "--column", "kink_vector", "--threshold", "10000", "--bin-width", "50",
                "--bins-below", "20", "--bins-above", "20", "--poly", "4", "--no-integration-correction", "--bootstrap", "20", "--seed", "5", "--format", "json"));
            return cli.Out.ToString();
        }

        var first = Run();

        Assert.Equal(first, Run());
        using var json = JsonDocument.Parse(first);
        Assert.True(json.RootElement.GetProperty("excess_mass_se").GetDouble() > 0);
        Assert.Equal(20, json.RootElement.GetProperty("bootstrap_replicates").GetInt32());
    }

    [Fact]
    public void Density_Csv_MatchesTheLibraryOnTheSameValues()
    {
        using var cli = new CliRun();
        var values = Durations();
        WriteCsv(cli.PathOf("waits.csv"), values);

        var code = cli.Run("stat", "density", "waits.csv", "--column", "minutes", "--cutoff", "240", "--format", "json");

        Assert.Equal(0, code);
        var expected = DensityDiscontinuityTest.Run(values, new DensityTestOptions(Cutoff: 240, IncludeConventional: true));
        using var json = JsonDocument.Parse(cli.Out.ToString());
        var root = json.RootElement;
        Assert.Equal(expected.T, root.GetProperty("t").GetDouble());
        Assert.Equal(expected.PValue, root.GetProperty("p").GetDouble());
        Assert.Equal(expected.Conventional!.Test.T, root.GetProperty("t_conventional").GetDouble());
        Assert.Equal(expected.Conventional.Test.PValue, root.GetProperty("p_conventional").GetDouble());
        Assert.Equal(expected.Bandwidths.Left, root.GetProperty("h_left").GetDouble());
        Assert.Equal(expected.Bandwidths.Right, root.GetProperty("h_right").GetDouble());
        Assert.Equal(expected.Counts.Left, root.GetProperty("n_left").GetInt32());
        Assert.Equal(expected.Counts.Right, root.GetProperty("n_right").GetInt32());
        Assert.Equal(expected.Counts.EffectiveLeft, root.GetProperty("n_eff_left").GetInt32());
        Assert.Equal(expected.Counts.EffectiveRight, root.GetProperty("n_eff_right").GetInt32());
        Assert.Equal(expected.BiasCorrected.Estimate.Left, root.GetProperty("f_left").GetDouble());
        Assert.Equal(expected.BiasCorrected.Estimate.Right, root.GetProperty("f_right").GetDouble());
        // The generated waits pile up in the 20 minutes before 240 and thin out after it.
        Assert.True(root.GetProperty("p").GetDouble() < 0.01);
    }

    [Fact]
    public void Density_ParquetAndOptions_MatchTheLibraryOnTheSameValues()
    {
        using var cli = new CliRun();
        var values = Durations();
        WriteCsv(cli.PathOf("waits.csv"), values);
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT CAST(minutes AS DOUBLE) AS minutes FROM read_csv('{cli.PathOf("waits.csv")}')) TO '{cli.PathOf("waits.parquet")}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        var code = cli.Run("stat", "density", "waits.parquet", "--column", "minutes", "--cutoff", "240", "--p", "1", "--kernel", "uniform",
            "--vce", "plugin", "--h", "30,40", "--no-mass-points", "--format", "json");

        Assert.Equal(0, code);
        var expected = DensityDiscontinuityTest.Run(values, new DensityTestOptions(
            Cutoff: 240, Order: 1, Kernel: DensityKernel.Uniform, Variance: DensityVarianceEstimator.PlugIn, MassPoints: false,
            Bandwidths: new DensityBandwidths(30, 40), IncludeConventional: true));
        using var json = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(expected.T, json.RootElement.GetProperty("t").GetDouble());
        Assert.Equal(30, json.RootElement.GetProperty("h_left").GetDouble());
        Assert.Equal("plugin", json.RootElement.GetProperty("vce").GetString());
    }

    [Fact]
    public void Density_Restricted_NeedsOneBandwidth()
    {
        using var cli = new CliRun();
        WriteCsv(cli.PathOf("waits.csv"), Durations());

        var code = cli.Run("stat", "density", "waits.csv", "--column", "minutes", "--cutoff", "240", "--restricted", "--h", "30,40");

        Assert.Equal(2, code);
        Assert.Contains("waits.csv: minutes: The restricted fit needs the same bandwidth on both sides.", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Density_CutoffOutsideTheValues_IsAnInputErrorNamingFileAndColumn()
    {
        using var cli = new CliRun();
        WriteCsv(cli.PathOf("waits.csv"), Durations());

        var code = cli.Run("stat", "density", "waits.csv", "--column", "minutes", "--cutoff", "5000");

        Assert.Equal(2, code);
        Assert.Contains("waits.csv: minutes: The cutoff must lie strictly inside the range of the sample", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kernel", "gaussian", "--kernel: 'gaussian' is not one of triangular, epanechnikov, uniform.")]
    [InlineData("--vce", "hc3", "--vce: 'hc3' is not one of jackknife, plugin.")]
    [InlineData("--h", "a,b,c", "--h: 'a,b,c' is not one bandwidth or two")]
    [InlineData("--format", "csv", "--format: 'csv' is not an output format here; use json or text.")]
    public void Density_BadOption_ExitsWithUsage(string option, string value, string message)
    {
        using var cli = new CliRun();
        WriteCsv(cli.PathOf("waits.csv"), Durations());

        var code = cli.Run("stat", "density", "waits.csv", "--column", "minutes", "--cutoff", "240", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stat_UnknownColumn_ListsTheColumnsOfTheFile()
    {
        using var cli = new CliRun();
        WriteCsv(cli.PathOf("waits.csv"), Durations());

        var code = cli.Run("stat", "benford", "waits.csv", "--column", "x\"; DROP TABLE cases; --");

        Assert.Equal(2, code);
        var error = cli.Error.ToString();
        Assert.Contains("waits.csv", error, StringComparison.Ordinal);
        Assert.Contains("is not in the file; the columns are: id, minutes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stat_TextColumn_SaysWhatIsAccepted()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("t.csv"), "name\nalpha\nbeta\n");

        var code = cli.Run("stat", "last-digit", "t.csv", "--column", "name");

        Assert.Equal(2, code);
        Assert.Contains("t.csv: name: none of its cells is a number (e.g. 'alpha', 'beta')", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("The column must hold numbers", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stat_MissingFile_IsAnInputError()
    {
        using var cli = new CliRun();

        var code = cli.Run("stat", "heaping", "nowhere.parquet", "--column", "age");

        Assert.Equal(2, code);
        Assert.Contains("nowhere.parquet: the file does not exist", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Heaping_MatchesWhippleOnCountsMadeInCSharp()
    {
        using var cli = new CliRun();
        var values = Durations();
        WriteCsv(cli.PathOf("waits.csv"), values);

        var code = cli.Run("stat", "heaping", "waits.csv", "--column", "minutes", "--lowest", "8", "--highest", "307", "--multiple", "15", "--format", "json");

        Assert.Equal(0, code);
        var counts = values.GroupBy(v => (int)Math.Floor(v)).Select(g => new ValueCount(g.Key, g.Count())).ToList();
        var expected = HeapingIndex.Whipple(counts, 8, 307, 15);
        using var json = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(expected.Index, json.RootElement.GetProperty("whipple_index").GetDouble());
        Assert.Equal(expected.Total, json.RootElement.GetProperty("total").GetDouble());
        Assert.Equal(20, json.RootElement.GetProperty("round_values").GetArrayLength());
    }

    [Fact]
    public void Benford_MatchesTheLibraryOnTheSameValues()
    {
        using var cli = new CliRun();

        var code = cli.Run("stat", "benford", BunchingData, "--column", "notch_vector", "--format", "json");

        Assert.Equal(0, code);
        var values = File.ReadLines(BunchingData).Skip(1).Select(l => l.Split(',')[1]).Where(v => v.Length > 0)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var expected = BenfordTest.Run(values);
        using var json = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(expected.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(expected.ChiSquare, json.RootElement.GetProperty("chi_square").GetDouble());
        Assert.Equal(expected.MeanAbsoluteDeviation, json.RootElement.GetProperty("mad").GetDouble());
        Assert.Equal(9, json.RootElement.GetProperty("frequencies").GetArrayLength());
    }

    [Fact]
    public void LastDigit_Xlsx_MatchesTheLibraryOnTheSameValues()
    {
        using var cli = new CliRun();
        var values = Durations().Take(300).Select(v => Math.Round(v)).ToList();
        MiniExcel.SaveAs(cli.PathOf("waits.xlsx"), values.Select(v => new Dictionary<string, object?> { ["minutes"] = v }), overwriteFile: true);

        var code = cli.Run("stat", "last-digit", "waits.xlsx", "--column", "minutes", "--format", "json");

        Assert.Equal(0, code);
        var expected = TerminalDigitTest.Run(values);
        using var json = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(300, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(expected.ChiSquare, json.RootElement.GetProperty("chi_square").GetDouble());
        Assert.Equal(expected.PValue, json.RootElement.GetProperty("p").GetDouble());
    }

    /// <summary>2,000 waits in minutes, smooth on 0–480 except that a fifth of those just over 240 were pushed under it.</summary>
    private static double[] Durations()
    {
        var random = new Random(3);
        var values = new double[2000];
        for (var i = 0; i < values.Length; i++)
        {
            var v = Math.Round(random.NextDouble() * 480, 1);
            if (v is > 240 and < 260 && random.NextDouble() < 0.5)
            {
                v = Math.Round(220 + random.NextDouble() * 20, 1);
            }

            values[i] = v;
        }

        return values;
    }

    private static void WriteCsv(string path, IReadOnlyList<double> values)
    {
        var text = new StringBuilder("id,minutes\n");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{values[i]:R}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
