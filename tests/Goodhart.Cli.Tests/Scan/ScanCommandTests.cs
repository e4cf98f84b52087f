using System.Text.Json;
using Goodhart.Cli.Tests.Support;
using Goodhart.Testing;
using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.Scan;

/// <summary>The scan run once on a generated case log with rushing built in, written in all four formats.</summary>
public sealed class ScanRunFixture : IDisposable
{
    private readonly CliRun _cli = new();

    public ScanRunFixture()
    {
        ScanCases.WriteRushed(_cli.PathOf("cases.csv"));
        ExitCode = _cli.Run(
            "scan", "cases.csv", "--start", "arrived", "--end", "left", "--threshold", "240", "--category", "disposal",
            "--out", "out/scan.json", "--out", "out/scan.md", "--out", "out/scan.html", "--out", "out/scan.pdf", "--fail-on", "alert");
    }

    public int ExitCode { get; }

    public string Directory => _cli.Directory;

    public string Console => _cli.Console.Output;

    public string Error => _cli.Error.ToString();

    public string PathOf(string name) => _cli.PathOf(name);

    public void Dispose() => _cli.Dispose();
}

public sealed class ScanCommandTests(ScanRunFixture run) : IClassFixture<ScanRunFixture>
{
    private static readonly string[] Codes = ["rushing", "parking", "pretend-numbers", "storing-up", "reclassification", "cherry-picking", "rework"];

    [Fact]
    public void Scan_RushedLogWithFailOnAlert_ExitsOneAndPrintsTheSevenFindings()
    {
        Assert.True(run.ExitCode == 1, run.Error);
        var console = run.Console;
        Assert.All(Codes, code => Assert.Contains(code, console, StringComparison.Ordinal));
        Assert.Contains("20,000 cases counted", console, StringComparison.Ordinal);
        Assert.Contains("Wrote out/scan.pdf", console, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Json_SevenFindingsInOrderWithSeveritiesThatFollowFromPAndEffect()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.PathOf("out/scan.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("cases.csv", root.GetProperty("source").GetString());
        Assert.Equal("arrived", root.GetProperty("mapping").GetProperty("start").GetString());
        Assert.Equal(20_000, root.GetProperty("counted").GetInt64());
        Assert.Equal(0, root.GetProperty("excluded").GetInt64());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(Codes, findings.Select(f => f.GetProperty("code").GetString()));
        var tests = 0;
        foreach (var f in findings)
        {
            var severity = f.GetProperty("severity").GetString();
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("sentence").GetString()));
            Assert.NotEqual(0, f.GetProperty("caveats").GetArrayLength());
            if (f.GetProperty("adjustedPValue").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("not-enough-data", severity);
                continue;
            }

            tests++;
            var adjusted = f.GetProperty("adjustedPValue").GetDouble();
            Assert.True(adjusted >= f.GetProperty("pValue").GetDouble());
            var effect = f.GetProperty("effect");
            foreach (var key in new[] { "name", "value", "unit", "low", "high", "practicalMinimum" })
            {
                Assert.True(effect.TryGetProperty(key, out _), $"{f.GetProperty("code")}: effect has no {key}");
            }

            var convincing = adjusted < 0.01;
            var sizeable = effect.GetProperty("value").GetDouble() >= effect.GetProperty("practicalMinimum").GetDouble();
            var expected = (convincing, sizeable) switch
            {
                (true, true) => f.GetProperty("canAlert").GetBoolean() ? "alert" : "watch",
                (false, false) => "clear",
                _ => "watch",
            };
            Assert.Equal(expected, severity);
            Assert.NotEqual(0, f.GetProperty("evidence").GetArrayLength());
        }

        Assert.Equal(tests, root.GetProperty("tests").GetInt32());
        Assert.Equal(4, tests); // rushing, parking, pretend numbers and storing up ran; the other three need options not given
        Assert.Equal("alert", findings[0].GetProperty("severity").GetString()); // the simulated truth is rushing
        Assert.Contains("--exempt", findings[4].GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("--priority", findings[5].GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("--person", findings[6].GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Markdown_HasTheSummaryTableAndTheExplanations()
    {
        var markdown = File.ReadAllText(run.PathOf("out/scan.md"));

        Assert.StartsWith("# Gaming scan: cases.csv", markdown, StringComparison.Ordinal);
        Assert.Contains("| rushing | alert |", markdown, StringComparison.Ordinal);
        Assert.Contains("| rework | not enough data |", markdown, StringComparison.Ordinal);
        Assert.Contains("Adjusted p: how often data with no such pattern", markdown, StringComparison.Ordinal);
        Assert.Contains("it reaches the practical minimum of 10.0%", markdown, StringComparison.Ordinal);
        Assert.Contains("**Start time column:** arrived", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Html_DrawsEachChartAsInlineSvg()
    {
        var html = File.ReadAllText(run.PathOf("out/scan.html"));

        // Rushing, parking, pretend numbers and storing up each have a chart; nothing is linked from outside the page.
        Assert.True(html.Split("<svg").Length - 1 >= 4, "fewer than four inline charts");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("cases by duration around the target", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Pdf_HasTheTextAndRendersEveryPage()
    {
        var pdf = run.PathOf("out/scan.pdf");

        var text = Poppler.Text(pdf);
        Assert.Contains("Gaming scan: cases.csv", text, StringComparison.Ordinal);
        Assert.Contains("cherry-picking", text, StringComparison.Ordinal);
        Assert.Contains("Adjusted p", text, StringComparison.Ordinal);
        var pages = int.Parse(Poppler.Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 2, 20);
        var prefix = run.PathOf("page");
        Poppler.Run("pdftoppm", "-png", "-r", "40", pdf, prefix);
        var images = Directory.GetFiles(run.Directory, "page-*.png");
        Assert.Equal(pages, images.Length);
        Assert.All(images, image => Assert.True(new FileInfo(image).Length > 1000, $"{image} is blank"));
    }
}

public sealed class ScanCommandInputTests
{
    [Fact]
    public void Scan_FewCasesWithFailOnWatch_AllNotEnoughDataAndExitsZero()
    {
        // An interactive console gets the live bars, drawn once more when the work ends (see the SPC progress test).
        var watcher = new TestConsole();
        watcher.Interactive();
        using var cli = new CliRun { Progress = watcher };
        ScanCases.WriteFewDurations(cli.PathOf("few.csv"));

        var code = cli.Run("scan", "few.csv", "--duration", "minutes", "--threshold", "240", "--fail-on", "watch", "--out", "few.json");

        Assert.True(code == 0, cli.Error.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("few.json")));
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("not-enough-data", f.GetProperty("severity").GetString()));
        Assert.Contains("--end", json.RootElement.GetProperty("findings")[3].GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("Counting cases by duration", cli.Progress!.Output, StringComparison.Ordinal);
        Assert.Contains("Running the detectors", cli.Progress.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_MisspeltColumn_ExitsTwoListingTheColumns()
    {
        using var cli = new CliRun();
        ScanCases.WriteRushed(cli.PathOf("cases.csv"), cases: 20);

        var code = cli.Run("scan", "cases.csv", "--start", "arrivd", "--end", "left", "--threshold", "240");

        Assert.Equal(2, code);
        Assert.Contains("'arrivd' is not in the file; the columns are: id, arrived, left, disposal, triage", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--repeat-window", "7x", "--repeat-window: '7x' is not a window")]
    [InlineData("--threshold", "four hours", "--threshold: 'four hours' is not a number")]
    [InlineData("--threshold", "239.5", "--threshold: 239.5 is not a target")]
    [InlineData("--comply", "maybe", "--comply: 'maybe'")]
    [InlineData("--out", "scan.txt", "--out: 'scan.txt' does not name a report format")]
    [InlineData("--fail-on", "clear", "--fail-on: 'clear' is not a level")]
    public void Scan_BadOptionValue_ExitsTwoNamingTheOption(string option, string value, string message)
    {
        using var cli = new CliRun();
        ScanCases.WriteRushed(cli.PathOf("cases.csv"), cases: 20);
        string[] args = ["scan", "cases.csv", "--start", "arrived", "--end", "left", "--threshold", "240"];
        args = option == "--threshold" ? [.. args[..^1], value] : [.. args, option, value];

        var code = cli.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("scan.txt")));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("id,arrived,left\n", "there are no cases to count")]
    public void Scan_EmptyFile_ExitsTwo(string content, string message)
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("empty.csv"), content);

        var code = cli.Run("scan", "empty.csv", "--start", "arrived", "--end", "left", "--threshold", "240");

        Assert.Equal(2, code);
        Assert.Contains(message, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_TimesInAnotherFormat_ExitsTwoWithExamplesAndTheOptionToSet()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("uk.csv"), "id,arrived,left\n1,01/03/2026 09:00,01/03/2026 12:00\n2,02/03/2026 10:00,02/03/2026 11:30\n");

        var code = cli.Run("scan", "uk.csv", "--start", "arrived", "--end", "left", "--threshold", "240");

        Assert.Equal(2, code);
        var error = cli.Error.ToString();
        Assert.Contains("2 cases have a time", error, StringComparison.Ordinal);
        Assert.Contains("'01/03/2026 09:00'", error, StringComparison.Ordinal);
        Assert.Contains("--timestamp-format", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_TimesWithTheirFormat_Reads()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("uk.csv"), "id,arrived,left\n1,01/03/2026 09:00,01/03/2026 12:00\n2,02/03/2026 10:00,02/03/2026 11:30\n");

        var code = cli.Run("scan", "uk.csv", "--start", "arrived", "--end", "left", "--threshold", "240", "--timestamp-format", "%d/%m/%Y %H:%M");

        Assert.True(code == 0, cli.Error.ToString());
        Assert.Contains("2 cases counted", cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NoDurationColumns_ExitsTwoSayingWhatToGive()
    {
        using var cli = new CliRun();
        ScanCases.WriteRushed(cli.PathOf("cases.csv"), cases: 20);

        var code = cli.Run("scan", "cases.csv", "--end", "left", "--threshold", "240");

        Assert.Equal(2, code);
        Assert.Contains("give --start and --end", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
