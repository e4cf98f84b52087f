using System.Text.Json;
using Goodhart.Cli.Tests.Support;

namespace Goodhart.Cli.Tests.Spc;

/// <summary>The <c>goodhart funnel</c> verb, run in process.</summary>
public sealed class FunnelCommandTests
{
    private static string Sample(string name) => Path.Combine(Samples.Root, "samples", "spc", name);

    /// <summary>One month (March 2019) of the 130 trusts' type-1 4-hour figures, as a funnel input.</summary>
    private static string March2019(CliRun cli)
    {
        var rows = File.ReadLines(Sample("spc_ae_type1_4hr.csv")).Where(l => l.Contains(",2019-03-01,", StringComparison.Ordinal));
        var path = cli.PathOf("march.csv");
        File.WriteAllLines(path, ["trust,x,seen,attendances", .. rows]);
        return path;
    }

    [Fact]
    public void Funnel_Csv_HasOneRowPerTrustAndFewOutliersOnceOverDispersionIsAllowedFor()
    {
        using var cli = new CliRun();
        var code = cli.Run("funnel", March2019(cli), "--unit", "trust", "--y", "seen", "--n", "attendances", "--direction", "increase");

        Assert.Equal(0, code);
        var lines = cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("unit,numerator,denominator,rate,z,lower95,upper95,lower998,upper998,band,signal", lines[0], StringComparison.Ordinal);
        Assert.Equal(131, lines.Length);
        var beyond = lines.Skip(1).Count(l => l.Contains("-99.8,", StringComparison.Ordinal));
        Assert.InRange(beyond, 1, 5);
    }

    [Fact]
    public void Funnel_NoAdjustment_FlagsMostTrusts()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("funnel", March2019(cli), "--unit", "trust", "--y", "seen", "--n", "attendances", "--adjust", "none", "--format", "json", "--out", "f.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("f.json")));
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(130, units.Count);
        Assert.True(units.Count(u => u.GetProperty("band").GetString()!.EndsWith("99.8", StringComparison.Ordinal)) > 100);
    }

    [Fact]
    public void Funnel_HtmlAndPng_AreWritten()
    {
        using var cli = new CliRun();
        var input = March2019(cli);
        Assert.Equal(0, cli.Run("funnel", input, "--unit", "trust", "--y", "seen", "--n", "attendances", "--format", "html", "--out", "f.html"));
        var html = File.ReadAllText(cli.PathOf("f.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Every unit", html, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("funnel", input, "--unit", "trust", "--y", "seen", "--n", "attendances", "--format", "png", "--out", "f.png"));
        using var bitmap = SkiaSharp.SKBitmap.Decode(cli.PathOf("f.png"));
        Assert.Equal(900, bitmap.Width);
    }

    [Fact]
    public void Funnel_Rates_PerTenThousandRiskDays()
    {
        using var cli = new CliRun();
        var rows = File.ReadLines(Sample("qicharts2_hospital_infections.csv")).Skip(1)
            .Select(l => l.Replace("\"", "", StringComparison.Ordinal).Split(','))
            .Where(f => f[1] == "CDI")
            .GroupBy(f => f[0])
            .Select(g => $"{g.Key},{g.Sum(f => int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture))},{g.Sum(f => double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        File.WriteAllLines(cli.PathOf("cdi.csv"), ["hospital,infections,days", .. rows]);

        Assert.Equal(0, cli.Run("funnel", "cdi.csv", "--unit", "hospital", "--y", "infections", "--n", "days", "--kind", "rate", "--per", "10000", "--direction", "decrease"));
        Assert.Contains("fewer than", cli.Error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(7, cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("--kind", "league", "--kind: 'league' is not a kind of funnel")]
    [InlineData("--adjust", "some", "--adjust: 'some' is not an adjustment")]
    [InlineData("--per", "-5", "--per: '-5' must be above 0")]
    public void Funnel_BadOption_ExitsTwo(string option, string value, string expected)
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("funnel", March2019(cli), "--unit", "trust", "--y", "seen", "--n", "attendances", option, value));
        Assert.Contains(expected, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Funnel_NumeratorAboveDenominator_NamesTheRow()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("bad.csv"), "unit,y,n\nA,5,10\nB,12,10\nC,3,10\n");
        Assert.Equal(2, cli.Run("funnel", "bad.csv", "--unit", "unit", "--y", "y", "--n", "n"));
        Assert.Contains("bad.csv:3", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
