using System.Text.Json;
using Goodhart.Cli.Tests.Support;
using Goodhart.StressTest;

namespace Goodhart.Cli.Tests.StressTest;

public sealed class StressTestCommandTests
{
    [Fact]
    public void Template_WithMeasure_PrintsABlankAnswersFileThatReadsBack()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "template", "--measure", "Calls answered within 60 seconds", "--role", "Manager");

        Assert.Equal(0, code);
        var loaded = AnswerSheetReader.Parse(cli.Out.ToString(), "t.json", InstrumentLoader.Default);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal("Calls answered within 60 seconds", loaded.Value!.MeasureName);
        Assert.Equal("manager", loaded.Value.Respondent.Role);
    }

    [Fact]
    public void Answers_Sample_WritesAllFourFormatsNamedAfterTheMeasure()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "--answers", Samples.StressTest("crisis-line-60s.json"), "--out", "reports");

        Assert.Equal(0, code);
        var files = Directory.GetFiles(cli.PathOf("reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["calls-answered-within-60-seconds-2026-11-23.html", "calls-answered-within-60-seconds-2026-11-23.json",
             "calls-answered-within-60-seconds-2026-11-23.md", "calls-answered-within-60-seconds-2026-11-23.pdf"],
            files);
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("reports/calls-answered-within-60-seconds-2026-11-23.json")));
        Assert.Equal("Calls answered within 60 seconds", json.RootElement.GetProperty("measure").GetProperty("name").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("dimensions").GetArrayLength());
        Assert.Contains("Distortion-risk profile", cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_FailOnAtOrBelowTheBand_ExitsWith1()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "--answers", Samples.StressTest("crisis-line-60s.json"), "--out", "r", "--format", "json", "--fail-on", "moderate");

        Assert.Equal(1, code);
    }

    [Fact]
    public void Answers_BadValues_ExitsWith2NamingFileLineAndField()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("bad.json"), "{\n  \"context\": {\"measure\": \"M\"},\n  \"items\": {\n    \"reinforcement.speed-over-care\": 7\n  }\n}\n");

        var code = cli.Run("stress-test", "--answers", "bad.json", "--format", "json");

        Assert.Equal(2, code);
        var error = cli.Error.ToString();
        Assert.Contains("bad.json:4: items.reinforcement.speed-over-care: '7' is not an answer", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_MissingMeasure_ExitsWith2()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.PathOf("nomeasure.yaml"), "items:\n  reinforcement.speed-over-care: 3\n");

        var code = cli.Run("stress-test", "--answers", "nomeasure.yaml");

        Assert.Equal(2, code);
        Assert.Contains("context.measure: is missing", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_MissingFile_ExitsWith2()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "--answers", "nowhere.json");

        Assert.Equal(2, code);
        Assert.Contains("nowhere.json: no such answers file", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Instrument_WithDuplicateIds_ExitsWith2ListingEveryProblem()
    {
        using var cli = new CliRun();
        var yaml = InstrumentLoader.DefaultYaml().Replace("id: invisibility.emotional-labour", "id: invisibility.uncounted-share", StringComparison.Ordinal);
        File.WriteAllText(cli.PathOf("mine.yaml"), yaml);

        var code = cli.Run("stress-test", "template", "--instrument", "mine.yaml");

        Assert.Equal(2, code);
        Assert.Matches(@"mine\.yaml:\d+: dimensions\[1\]\.items\[1\]\.id: item id 'invisibility.uncounted-share' is used more than once", cli.Error.ToString());
    }

    [Fact]
    public void StressTest_NoTerminalAndNoAnswers_ExplainsHowToRunWithoutPrompts()
    {
        using var cli = new CliRun(interactive: false);

        var code = cli.Run("stress-test");

        Assert.Equal(2, code);
        Assert.Contains("no terminal", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("goodhart stress-test template", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--fail-on", "extreme")]
    public void Answers_BadOption_ExitsWith2(string option, string value)
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "--answers", Samples.StressTest("ae-4-hour.json"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(value, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsWith2()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "--colour", "blue");

        Assert.Equal(2, code);
        Assert.Contains("--colour", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stress-test")]
    [InlineData("stress-test", "template")]
    [InlineData("stress-test", "combine")]
    public void Help_EveryVerb_PrintsUsageAndExits0(params string[] verb)
    {
        using var cli = new CliRun();

        var code = cli.Run([.. verb, "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_TeamSamples_WritesATeamReportWithRoleGaps()
    {
        using var cli = new CliRun();

        var code = cli.Run(["stress-test", "combine", .. Samples.Team, "--out", "team", "--format", "json,md"]);

        Assert.Equal(0, code);
        var json = Directory.GetFiles(cli.PathOf("team"), "*.json").Single();
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("team-stress-test", doc.RootElement.GetProperty("kind").GetString());
        Assert.Equal(Samples.Team.Length, doc.RootElement.GetProperty("respondents").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("roleGaps").GetArrayLength() > 0);
    }

    [Fact]
    public void Combine_DifferentMeasures_ExitsWith2()
    {
        using var cli = new CliRun();

        var code = cli.Run("stress-test", "combine", Samples.StressTest("crisis-line-60s.json"), Samples.StressTest("ae-4-hour.json"));

        Assert.Equal(2, code);
        Assert.Contains("a team profile combines answers about one measure", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
