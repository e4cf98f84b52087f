using System.Globalization;
using System.Text.Json;
using Goodhart.Cli.Tests.Support;
using SkiaSharp;
using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.Spc;

/// <summary>The <c>goodhart spc</c> verb, run in process on real and hand-made files.</summary>
public sealed class SpcCommandTests
{
    private static string Sample(string name) => Path.Combine(Samples.Root, "samples", "spc", name);

    [Fact]
    public void Spc_PChartOnTheBmjAccidents_FlagsSixteenWeeksInTheCsv()
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("qicharts2_nhs_accidents.csv"), "--x", "i", "--y", "r", "--n", "n", "--chart", "p", "--rules", "anhoej", "--replicates", "0");

        Assert.Equal(0, code);
        var lines = cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("series,x,value,cl,lcl,ucl,signal,rules", lines[0], StringComparison.Ordinal);
        Assert.Equal(21, lines.Length);
        Assert.Equal(16, lines.Skip(1).Count(l => l.Split(',')[7].Contains("beyond-limits", StringComparison.Ordinal)));
    }

    [Fact]
    public void Spc_PPrimeChart_FlagsNoWeekBeyondTheLimits()
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("qicharts2_nhs_accidents.csv"), "--x", "i", "--y", "r", "--n", "n", "--chart", "pp", "--rules", "anhoej", "--replicates", "0");

        Assert.Equal(0, code);
        Assert.DoesNotContain("beyond-limits", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_Summary_GivesOneRowPerTrustWithVerdictsAndFalseAlarms()
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("spc_ae_type1_4hr.csv"), "--x", "x", "--y", "y", "--n", "n", "--series", "series",
            "--direction", "increase", "--target", "0.95", "--summary", "--replicates", "2000");

        Assert.Equal(0, code);
        var lines = cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series,n,cl,lcl,ucl,variation,assurance,false_alarm_probability", lines[0].TrimEnd('\r'));
        Assert.Equal(131, lines.Length);
        var first = lines[1].TrimEnd('\r').Split(',');
        Assert.Equal("36", first[1]);
        Assert.Contains(first[6], new[] { "consistently-pass", "consistently-fail", "hit-and-miss" });
        var probability = double.Parse(first[7], CultureInfo.InvariantCulture);
        Assert.InRange(probability, 0.05, 0.95);
    }

    [Fact]
    public void Spc_Json_CarriesPointsVerdictsAndWarnings()
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("qicharts2_nhs_accidents.csv"), "--x", "i", "--y", "r", "--n", "n", "--chart", "p",
            "--format", "json", "--out", "p.json", "--direction", "increase", "--target", "0.96", "--replicates", "500");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("p.json")));
        var series = json.RootElement.GetProperty("series")[0];
        Assert.Equal(20, series.GetProperty("points").GetArrayLength());
        Assert.Equal("consistently-fail", series.GetProperty("assurance").GetString());
        Assert.True(series.GetProperty("falseAlarm").GetProperty("probability").GetDouble() > 0);
        Assert.True(series.TryGetProperty("warnings", out _));
    }

    [Fact]
    public void Spc_Svg_WritesOneChartAndManySeriesGoToAFolder()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("spc", Sample("qicharts2_nhs_accidents.csv"), "--x", "i", "--y", "r", "--n", "n", "--chart", "pp", "--format", "svg", "--out", "pp.svg", "--replicates", "0"));
        Assert.StartsWith("<svg", File.ReadAllText(cli.PathOf("pp.svg")).TrimStart(), StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("spc", Sample("spc_ae_type1_4hr.csv"), "--x", "x", "--y", "y", "--n", "n", "--series", "series", "--chart", "pp", "--format", "png", "--out", "charts", "--replicates", "0"));
        var files = Directory.GetFiles(cli.PathOf("charts"), "*.png");
        Assert.Equal(130, files.Length);
        using var bitmap = SKBitmap.Decode(files[0]);
        Assert.True(bitmap.Width > 300);
    }

    [Fact]
    public void Spc_Html_WritesOnePageWithEveryTrust()
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("spc_ae_type1_4hr.csv"), "--x", "x", "--y", "y", "--n", "n", "--series", "series",
            "--direction", "increase", "--target", "0.95", "--format", "html", "--out", "ae.html", "--replicates", "500");

        Assert.Equal(0, code);
        var html = File.ReadAllText(cli.PathOf("ae.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("RRK", html, StringComparison.Ordinal);
        Assert.True(html.Split("<svg").Length - 1 >= 130);
    }

    [Fact]
    public void Spc_HtmlOfManySeries_ShowsAProgressBarWhenSomeoneWatches()
    {
        // An interactive console gets the live bar, drawn once more when the work ends, so the test never races it.
        var watcher = new TestConsole();
        watcher.Interactive();
        using var cli = new CliRun { Progress = watcher };
        var code = cli.Run("spc", Sample("spc_ae_type1_4hr.csv"), "--x", "x", "--y", "y", "--n", "n", "--series", "series", "--format", "html", "--replicates", "0");

        Assert.Equal(0, code);
        Assert.Contains("Drawing charts", cli.Progress!.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.PathOf("spc_ae_type1_4hr-spc.html")));
    }

    [Fact]
    public void Spc_Phase_GivesEachPhaseItsOwnLimits()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("s.csv"), "month,v\n2024-01,1\n2024-02,3\n2024-03,2\n2024-04,4\n2024-05,3\n2024-06,11\n2024-07,13\n2024-08,12\n2024-09,14\n2024-10,13\n");
        var code = cli.Run("spc", "s.csv", "--x", "month", "--y", "v", "--phase", "2024-06", "--replicates", "0");

        Assert.Equal(0, code);
        var rows = cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal("2.6", rows[0][3]);
        Assert.Equal("12.6", rows[9][3]);
        Assert.Contains("trial limits", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_FailOnConcern_ExitsOneWhenTheLastPointIsAConcern()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("s.csv"), "v\n11\n9\n11\n9\n11\n9\n11\n9\n11\n9\n11\n9\n2\n");
        Assert.Equal(1, cli.Run("spc", "s.csv", "--y", "v", "--direction", "increase", "--fail-on", "concern", "--replicates", "0"));
        Assert.Equal(0, cli.Run("spc", "s.csv", "--y", "v", "--direction", "decrease", "--fail-on", "concern", "--replicates", "0"));
    }

    [Theory]
    [InlineData("--chart", "xbar", "--chart: 'xbar' is not a chart kind")]
    [InlineData("--direction", "up-ish", "--direction: 'up-ish' is not a direction")]
    [InlineData("--baseline", "6", "--baseline: '6' is not a whole number of at least 12")]
    [InlineData("--target", "95%", "--target: '95%' is not a number")]
    [InlineData("--format", "pdf", "--format: 'pdf' is not an output format")]
    [InlineData("--compat", "minitab", "--compat: 'minitab' is not a tool")]
    [InlineData("--phase", "next spring", "--phase: 'next spring' is not a date")]
    public void Spc_BadOption_ExitsTwoWithAClearMessage(string option, string value, string expected)
    {
        using var cli = new CliRun();
        var code = cli.Run("spc", Sample("spc_ae_type1_4hr.csv"), "--x", "x", "--y", "y", "--series", "series", option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_PChartWithoutDenominator_SaysWhichOptionIsMissing()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("spc", Sample("spc_nhs_accidents.csv"), "--x", "x", "--y", "y", "--chart", "p"));
        Assert.Contains("--chart p needs --n", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_BadFile_NamesRowAndColumn()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("bad.csv"), "month,seen,total\n2024-01-01,90,100\n2024-02-01,ninety,100\n2024-03-01,80,0\n2024-13-01,85,100\n");
        var code = cli.Run("spc", "bad.csv", "--x", "month", "--y", "seen", "--n", "total", "--chart", "p");

        Assert.Equal(2, code);
        var error = cli.Error.ToString();
        Assert.Contains("bad.csv:3", error, StringComparison.Ordinal);
        Assert.Contains("seen", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4", error, StringComparison.Ordinal);
        Assert.Contains("total", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:5", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_Xlsx_ChartsTypedDatesFromANamedSheetAndNamesTheRowOfABadCell()
    {
        using var cli = new CliRun();
        var rows = Enumerable.Range(0, 24).Select(m => new Dictionary<string, object?>
        {
            ["month"] = new DateTime(2023, 1, 1).AddMonths(m),
            ["seen"] = 900.0 + ((m % 3) * 10),
            ["total"] = 1000.0,
        }).ToList();
        MiniExcelLibs.MiniExcel.SaveAs(cli.PathOf("book.xlsx"), rows, sheetName: "Data");

        Assert.Equal(0, cli.Run("spc", "book.xlsx", "--sheet", "Data", "--x", "month", "--y", "seen", "--n", "total", "--chart", "pp", "--replicates", "0"));
        var lines = cli.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.StartsWith("book,2023-01-01,0.9,", lines[1], StringComparison.Ordinal);

        rows[4]["seen"] = "lots";
        MiniExcelLibs.MiniExcel.SaveAs(cli.PathOf("bad.xlsx"), rows, sheetName: "Data");
        Assert.Equal(2, cli.Run("spc", "bad.xlsx", "--x", "month", "--y", "seen", "--n", "total"));
        Assert.Contains("bad.xlsx:6", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("seen", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_MissingFile_ExitsTwo()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("spc", "nowhere.csv", "--y", "v"));
        Assert.Contains("nowhere.csv", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_AllEqualValues_ChartsWithAWarning()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("flat.csv"), "v\n5\n5\n5\n5\n5\n");
        Assert.Equal(0, cli.Run("spc", "flat.csv", "--y", "v", "--replicates", "0"));
        Assert.Contains("do not vary", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_OnePoint_ChartsWithAWarningAndNoNaN()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("one.csv"), "v\n5\n");
        Assert.Equal(0, cli.Run("spc", "one.csv", "--y", "v", "--replicates", "0"));
        Assert.Contains("limits need at least two values", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", cli.Out.ToString(), StringComparison.Ordinal);
    }
}
