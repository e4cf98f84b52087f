using Goodhart.Cli.Tests.Support;
using Goodhart.StressTest;

namespace Goodhart.Cli.Tests.StressTest;

/// <summary>The guided walk in a real terminal, killed part way and resumed, as a person would meet it.</summary>
public sealed class TerminalWalkTests
{
    [Fact]
    public void Walk_KilledThenResumed_LosesNoAnswerAndWritesTheReport()
    {
        using var cli = new CliRun();
        var instrument = InstrumentLoader.Default;

        using (var first = new Tmux(cli.Directory, "stress-test", "--save", "walk.json", "--format", "md,pdf"))
        {
            first.WaitFor("What is the measure called?");
            first.Type("Tickets closed per day");
            first.Send("Enter");
            first.WaitFor("How is it counted?");
            first.Send("Enter");
            first.WaitFor("Which service or team uses it?");
            first.Type("Support desk <script>");
            first.Send("Enter");
            first.WaitFor("(space to tick");
            first.Send("Down", "Space", "Enter");
            first.WaitFor("Who records the data");
            first.Send("Down", "Down", "Enter");
            first.WaitFor("How long has the measure been in use?");
            first.Send("Enter");
            first.WaitFor("Step 2 of 8");
            first.Send("Down", "Down", "Down", "Down", "Enter");
            first.WaitFor(instrument.Dimensions[0].Items[1].Text[..40]);
            first.KillProgram();
            first.WaitFor("EXIT=137");
        }

        var saved = AnswerSheetReader.Parse(File.ReadAllText(cli.PathOf("walk.json")), "walk.json", instrument).Value!;
        Assert.Equal("Tickets closed per day", saved.MeasureName);
        Assert.Equal("Support desk <script>", saved.ContextText("service"));
        Assert.Equal(["target"], saved.ContextValues("usage").ToArray());
        Assert.Equal("people-measured", saved.ContextText("recorder"));
        Assert.Equal(ItemAnswer.Rated(4), saved.Items[instrument.Dimensions[0].Items[0].Id]);

        using (var second = new Tmux(cli.Directory, "stress-test", "--resume", "walk.json", "--format", "md,pdf"))
        {
            second.WaitFor("Resuming Tickets closed per day");
            second.WaitFor(instrument.Dimensions[0].Items[1].Text[..40]);
            foreach (var dimension in instrument.Dimensions)
            {
                foreach (var item in dimension.Items.Where(i => i.Id != instrument.Dimensions[0].Items[0].Id))
                {
                    second.WaitFor(item.Text[..Math.Min(40, item.Text.Length)]);
                    second.Send("Down", "Enter");
                }

                second.WaitFor("press enter to skip");
                second.Type($"Thoughts on {dimension.Id}");
                second.Send("Enter");
            }

            foreach (var dysfunction in instrument.Checklist.Dysfunctions)
            {
                second.WaitFor(dysfunction.Question[..Math.Min(40, dysfunction.Question.Length)]);
                second.Send("Down", "Down", "Enter");
            }

            second.WaitFor("EXIT=0", seconds: 60);
            Assert.Contains("Report written", second.Screen(), StringComparison.Ordinal);
        }

        var done = AnswerSheetReader.Parse(File.ReadAllText(cli.PathOf("walk.json")), "walk.json", instrument).Value!;
        Assert.Equal(ItemAnswer.Rated(4), done.Items[instrument.Dimensions[0].Items[0].Id]);
        Assert.All(instrument.AllItems.Skip(1), i => Assert.Equal(ItemAnswer.Rated(1), done.Items[i.Id]));
        Assert.Equal("Thoughts on early-warning", done.Reflections["early-warning"]);
        var markdown = File.ReadAllText(Directory.GetFiles(cli.Directory, "*.md").Single());
        Assert.Contains("Tickets closed per day", markdown, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(cli.Directory, "*.pdf"));
    }
}
