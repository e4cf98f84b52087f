using Goodhart.StressTest;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.StressTest;

public sealed class InstrumentLoaderTests
{
    [Fact]
    public void Default_EmbeddedInstrument_HasTheSixDimensionsInOrder()
    {
        var instrument = InstrumentLoader.Default;

        Assert.Equal(
            ["reinforcement", "invisibility", "proxy-failure", "risk-displacement", "authority", "early-warning"],
            instrument.Dimensions.Select(d => d.Id));
        Assert.All(instrument.Dimensions, d => Assert.InRange(d.Items.Count, 3, 5));
        Assert.All(instrument.AllItems, i => Assert.Equal(5, i.Anchors.Count));
        Assert.All(instrument.Dimensions, d => Assert.NotEmpty(d.DrawsOn));
        Assert.Equal(
            ["parking", "cherry-picking", "rushing", "ignoring", "reclassifying", "storing-up"],
            instrument.Checklist.Dysfunctions.Select(d => d.Id));
        Assert.StartsWith("sha256:", instrument.ContentHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_ContextQuestions_CoverTheIssuesList()
    {
        var context = InstrumentLoader.Default.Context;

        Assert.Equal(["measure", "definition", "service", "usage", "recorder", "in-use"], context.Select(q => q.Id));
        Assert.True(context[0].Required);
        Assert.Equal(["monitoring", "target", "inspection", "league-table", "pay-or-contract"], context[3].Options.Select(o => o.Id));
        Assert.Equal(["automatic-system", "separate-team", "people-measured"], context[4].Options.Select(o => o.Id));
    }

    [Fact]
    public void Default_ChoiceOptions_AreOrderedFromLeastToMostRisky()
    {
        foreach (var question in InstrumentLoader.Default.Context.Where(q => q.Options.Count > 0))
        {
            var amplify = question.Options.Select(o => o.Amplify).ToList();
            Assert.Equal(amplify.Order(), amplify);
        }
    }

    [Fact]
    public void Default_EarlyWarningItems_AllHaveAWatchSignal()
    {
        var earlyWarning = InstrumentLoader.Default.FindDimension("early-warning")!;

        Assert.All(earlyWarning.Items, i => Assert.NotEmpty(i.Watch));
    }

    [Fact]
    public void Default_Countermeasures_IncludeTheFiveTheIssueNames()
    {
        var ids = InstrumentLoader.Default.Countermeasures.Select(c => c.Id).ToList();

        Assert.Contains("balancing-measure", ids);
        Assert.Contains("spc-not-targets", ids);
        Assert.Contains("case-review", ids);
        Assert.Contains("legitimate-override", ids);
        Assert.Contains("downstream-demand", ids);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsTheLine()
    {
        var loaded = InstrumentLoader.Parse("id: x\nversion: [1, 2\ntitle: t\n", "broken.yaml");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("broken.yaml", problem.Source);
        Assert.InRange(problem.Line, 2, 4);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateItemId_ReportsLineAndField()
    {
        var yaml = Instruments.TinyYaml.Replace("{id: b.y,", "{id: b.x,", StringComparison.Ordinal);

        var loaded = InstrumentLoader.Parse(yaml, "dup.yaml");

        Assert.False(loaded.Succeeded);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("dimensions[1].items[1].id", problem.Field);
        Assert.Contains("'b.x' is used more than once", problem.Message, StringComparison.Ordinal);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("{id: b.x, text: Y", StringComparison.Ordinal)) + 1, problem.Line);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var yaml = Instruments.TinyYaml
            .Replace("anchors: [a0, a1, a2, a3, a4]}\n      - {id: a.y", "anchors: [a0, a1, a2]}\n      - {id: a.y", StringComparison.Ordinal)
            .Replace("overall-power: 2", "overall-power: 0", StringComparison.Ordinal)
            .Replace("evidence: [a.x, b]", "evidence: [a.x, nope]", StringComparison.Ordinal)
            .Replace("title: Tiny", "title: Tiny\ncolour: blue", StringComparison.Ordinal);

        var loaded = InstrumentLoader.Parse(yaml, "many.yaml");

        var fields = loaded.Problems.Select(p => p.Field).ToList();
        Assert.Contains("dimensions[0].items[0].anchors", fields);
        Assert.Contains("scoring.overall-power", fields);
        Assert.Contains("checklist.dysfunctions[0].evidence", fields);
        Assert.Contains("colour", fields);
        Assert.All(loaded.Problems, p => Assert.True(p.Line > 0, p.ToString()));
    }

    [Fact]
    public void Parse_NoMeasureQuestion_IsAProblem()
    {
        var yaml = Instruments.TinyYaml.Replace("id: measure", "id: name", StringComparison.Ordinal);

        var loaded = InstrumentLoader.Parse(yaml, "x.yaml");

        Assert.Contains(loaded.Problems, p => p.Field == "context" && p.Message.Contains("'measure'", StringComparison.Ordinal));
    }

    [Fact]
    public void HashOf_LineEndings_DoNotChangeTheHash()
    {
        Assert.Equal(InstrumentLoader.HashOf("a: 1\nb: 2\n"), InstrumentLoader.HashOf("a: 1\r\nb: 2\r\n"));
        Assert.NotEqual(InstrumentLoader.HashOf("a: 1\n"), InstrumentLoader.HashOf("a: 2\n"));
    }
}
