using Goodhart.StressTest;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.StressTest;

public sealed class AnswerSheetReaderTests
{
    private static readonly Instrument Tiny = Instruments.Tiny;

    [Fact]
    public void Parse_WrittenSheet_RoundTripsEveryAnswer()
    {
        var sheet = Instruments.Sheet(Tiny, new Dictionary<string, int?> { ["a.x"] = 4, ["a.y"] = null }, new Dictionary<string, int?> { ["rushing"] = 3 }, "target", "pay") with
        {
            Reflections = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("a", "Quotes \" <script>alert(1)</script> 😀 שלום مرحبا"),
            Respondent = new Respondent("Ana", "frontline"),
            Step = 3,
        };

        var json = AnswerSheetWriter.ToJson(sheet, Tiny);
        var back = AnswerSheetReader.Parse(json, "a.json", Tiny);

        Assert.True(back.Succeeded, string.Join("; ", back.Problems));
        Assert.Empty(back.Warnings);
        var read = back.Value!;
        Assert.Equal(ItemAnswer.Rated(4), read.Items["a.x"]);
        Assert.True(read.Items["a.y"].IsNotSure);
        Assert.False(read.Items.ContainsKey("b.x"));
        Assert.Equal(ItemAnswer.Rated(3), read.Dysfunctions["rushing"]);
        Assert.Equal(["target", "pay"], read.ContextValues("usage").ToArray());
        Assert.Equal(sheet.Reflections["a"], read.Reflections["a"]);
        Assert.Equal("frontline", read.Respondent.Role);
        Assert.Equal(3, read.Step);
    }

    [Fact]
    public void Parse_Yaml_ReadsTheSameShape()
    {
        const string yaml = """
            instrument: {id: tiny, version: 1.0.0}
            context:
              measure: Tickets closed per day
              usage: [target]
            items:
              a.x: 3
              b.y: not-sure
            """;

        var loaded = AnswerSheetReader.Parse(yaml, "answers.yaml", Tiny);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal("Tickets closed per day", loaded.Value!.MeasureName);
        Assert.Equal(ItemAnswer.Rated(3), loaded.Value.Items["a.x"]);
    }

    [Fact]
    public void Parse_BadValues_ReportsEachWithLineAndField()
    {
        const string json = """
            {
              "context": { "measure": "M", "usage": ["target", "bribes"] },
              "items": {
                "a.x": 5,
                "a.q": 2,
                "b.x": "sometimes"
              },
              "dysfunctions": { "rushing": -1 }
            }
            """;

        var loaded = AnswerSheetReader.Parse(json, "bad.json", Tiny);

        Assert.False(loaded.Succeeded);
        var byField = loaded.Problems.ToDictionary(p => p.Field);
        Assert.Equal(2, byField["context.usage"].Line);
        Assert.Contains("'bribes' is not an option", byField["context.usage"].Message, StringComparison.Ordinal);
        Assert.Equal(4, byField["items.a.x"].Line);
        Assert.Contains("expected a whole number 0 to 4", byField["items.a.x"].Message, StringComparison.Ordinal);
        Assert.Equal(5, byField["items.a.q"].Line);
        Assert.Contains("not a known item id", byField["items.a.q"].Message, StringComparison.Ordinal);
        Assert.Equal(6, byField["items.b.x"].Line);
        Assert.Equal(8, byField["dysfunctions.rushing"].Line);
        Assert.All(loaded.Problems, p => Assert.Equal("bad.json", p.Source));
    }

    [Fact]
    public void Parse_MalformedJson_NamesTheLine()
    {
        var loaded = AnswerSheetReader.Parse("{\n  \"items\": {\n    \"a.x\": 3,,\n  }\n}", "broken.json", Tiny);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherInstrument_IsAProblem()
    {
        var loaded = AnswerSheetReader.Parse("{\"instrument\": {\"id\": \"other\", \"version\": \"1\"}}", "x.json", Tiny);

        Assert.Contains(loaded.Problems, p => p.Field == "instrument.id");
    }

    [Fact]
    public void Parse_AnswersFromAnotherVersion_WarnsAndNamesTheChangedItems()
    {
        var json = AnswerSheetWriter.ToJson(Instruments.Sheet(Tiny, new Dictionary<string, int?> { ["a.x"] = 1 }), Tiny);
        var changedYaml = Instruments.TinyYaml
            .Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal)
            .Replace("{id: b.y, text: Y,", "{id: b.y, text: Y reworded,", StringComparison.Ordinal);
        var changed = InstrumentLoader.Parse(changedYaml, "tiny2.yaml").Value!;

        var loaded = AnswerSheetReader.Parse(json, "old.json", changed);

        Assert.True(loaded.Succeeded);
        var warning = Assert.Single(loaded.Warnings);
        Assert.Contains("tiny 1.0.0", warning, StringComparison.Ordinal);
        Assert.Contains("tiny 1.1.0", warning, StringComparison.Ordinal);
        Assert.EndsWith("b.y.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadyToScore_MissingMeasure_NamesTheField()
    {
        var problems = AnswerSheetReader.ReadyToScore(AnswerSheet.Blank(Tiny), Tiny, "x.json");

        var problem = Assert.Single(problems);
        Assert.Equal("context.measure", problem.Field);
    }

    [Fact]
    public void Template_ReadBack_IsABlankSheetWithTheMeasure()
    {
        var template = AnswerSheetWriter.Template(InstrumentLoader.Default, "Calls answered within 60 seconds");

        var loaded = AnswerSheetReader.Parse(template, "t.json", InstrumentLoader.Default);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal("Calls answered within 60 seconds", loaded.Value!.MeasureName);
        Assert.Empty(loaded.Value.Items);
        foreach (var item in InstrumentLoader.Default.AllItems)
        {
            Assert.Contains($"\"{item.Id}\": null", template, StringComparison.Ordinal);
            Assert.Contains($"\"4: {item.Anchors[4].Replace("\"", "\\\"", StringComparison.Ordinal)}\"", template, StringComparison.Ordinal);
        }
    }
}
