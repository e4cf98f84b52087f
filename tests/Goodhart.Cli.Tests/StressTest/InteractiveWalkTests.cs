using System.Text.Json;
using Goodhart.Cli.Tests.Support;
using Goodhart.StressTest;
using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.StressTest;

public sealed class InteractiveWalkTests
{
    private static readonly Instrument Instrument = InstrumentLoader.Default;

    private static void Pick(TestConsole console, int index)
    {
        for (var i = 0; i < index; i++)
        {
            console.Input.PushKey(ConsoleKey.DownArrow);
        }

        console.Input.PushKey(ConsoleKey.Enter);
    }

    private static void PickQuit(TestConsole console)
    {
        // The list wraps around: one step up from the top is the last entry, "Save and quit".
        console.Input.PushKey(ConsoleKey.UpArrow);
        console.Input.PushKey(ConsoleKey.Enter);
    }

    private static void AnswerContext(TestConsole console)
    {
        console.Input.PushTextWithEnter("Calls answered within 60 seconds");
        console.Input.PushTextWithEnter("Calls answered in 60 s / calls offered");
        console.Input.PushTextWithEnter("Crisis line");
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushKey(ConsoleKey.Enter);
        Pick(console, 0);
        Pick(console, 2);
    }

    private static void AnswerDimensions(TestConsole console, int fromDimension = 0)
    {
        foreach (var dimension in Instrument.Dimensions.Skip(fromDimension))
        {
            foreach (var _ in dimension.Items)
            {
                Pick(console, 3);
            }

            console.Input.PushTextWithEnter($"Reflection on {dimension.Id}");
        }
    }

    private static void AnswerChecklist(TestConsole console)
    {
        foreach (var _ in Instrument.Checklist.Dysfunctions)
        {
            Pick(console, 2);
        }
    }

    [Fact]
    public void Walk_AllQuestionsAnswered_SavesEveryAnswerAndWritesTheReport()
    {
        using var cli = new CliRun(interactive: true);
        AnswerContext(cli.Console);
        AnswerDimensions(cli.Console);
        AnswerChecklist(cli.Console);

        var code = cli.Run("stress-test", "--save", "mine.json", "--out", "out", "--format", "json", "--role", "frontline");

        Assert.Equal(0, code);
        var sheet = AnswerSheetReader.Parse(File.ReadAllText(cli.PathOf("mine.json")), "mine.json", Instrument).Value!;
        Assert.Equal("Calls answered within 60 seconds", sheet.MeasureName);
        Assert.Equal(["target"], sheet.ContextValues("usage").ToArray());
        Assert.Equal("1-3-years", sheet.ContextText("in-use"));
        Assert.All(Instrument.AllItems, i => Assert.Equal(ItemAnswer.Rated(3), sheet.Items[i.Id]));
        Assert.All(Instrument.Checklist.Dysfunctions, d => Assert.Equal(ItemAnswer.Rated(2), sheet.Dysfunctions[d.Id]));
        Assert.Equal("Reflection on authority", sheet.Reflections["authority"]);
        Assert.Equal("frontline", sheet.Respondent.Role);
        Assert.Contains("Step 3 of 8", cli.Console.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(cli.PathOf("out"), "*.json").Single()));
        Assert.Equal(6, report.RootElement.GetProperty("dimensions").GetArrayLength());
    }

    [Fact]
    public void Walk_QuitThenResume_ContinuesWhereItStoppedWithNothingLost()
    {
        using (var first = new CliRun(interactive: true))
        {
            AnswerContext(first.Console);
            Pick(first.Console, 4);
            PickQuit(first.Console);

            var code = first.Run("stress-test", "--save", "a.json");

            Assert.Equal(0, code);
            Assert.Contains("--resume a.json", first.Console.Output, StringComparison.Ordinal);
            var saved = AnswerSheetReader.Parse(File.ReadAllText(first.PathOf("a.json")), "a.json", Instrument).Value!;
            Assert.Equal("Crisis line", saved.ContextText("service"));
            Assert.Equal(ItemAnswer.Rated(4), saved.Items[Instrument.AllItems.First().Id]);
            Assert.Equal(7, saved.Step);

            using var second = new CliRun(interactive: true);
            File.Copy(first.PathOf("a.json"), second.PathOf("a.json"));
            foreach (var _ in Instrument.Dimensions[0].Items.Skip(1))
            {
                Pick(second.Console, 1);
            }

            second.Console.Input.PushTextWithEnter("");
            AnswerDimensions(second.Console, fromDimension: 1);
            AnswerChecklist(second.Console);

            code = second.Run("stress-test", "--resume", "a.json", "--out", ".", "--format", "md");

            Assert.Equal(0, code);
            var done = AnswerSheetReader.Parse(File.ReadAllText(second.PathOf("a.json")), "a.json", Instrument).Value!;
            Assert.Equal(ItemAnswer.Rated(4), done.Items[Instrument.AllItems.First().Id]);
            Assert.Equal(ItemAnswer.Rated(1), done.Items[Instrument.Dimensions[0].Items[1].Id]);
            Assert.False(done.Reflections.ContainsKey(Instrument.Dimensions[0].Id));
            Assert.Single(Directory.GetFiles(second.Directory, "*.md"));
        }
    }

    [Fact]
    public void Walk_Back_ReturnsToThePreviousQuestionAndKeepsTheAnswer()
    {
        using var cli = new CliRun(interactive: true);
        AnswerContext(cli.Console);
        Pick(cli.Console, 6); // "← Back" on the first item: back to "how long in use"
        Pick(cli.Console, 3); // change it to "more than three years"
        Pick(cli.Console, 2);
        PickQuit(cli.Console);

        var code = cli.Run("stress-test", "--save", "b.json");

        Assert.Equal(0, code);
        var saved = AnswerSheetReader.Parse(File.ReadAllText(cli.PathOf("b.json")), "b.json", Instrument).Value!;
        Assert.Equal("over-3-years", saved.ContextText("in-use"));
        Assert.Equal(ItemAnswer.Rated(2), saved.Items[Instrument.AllItems.First().Id]);
        Assert.Equal("Calls answered within 60 seconds", saved.MeasureName);
    }

    [Fact]
    public void Walk_SaveFileExists_RefusesToOverwriteIt()
    {
        using var cli = new CliRun(interactive: true);
        File.WriteAllText(cli.PathOf("taken.json"), "{}");

        var code = cli.Run("stress-test", "--save", "taken.json");

        Assert.Equal(2, code);
        Assert.Contains("--resume taken.json", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(cli.PathOf("taken.json")));
    }
}
