using Goodhart.StressTest;
using Goodhart.Web.StressTests;

namespace Goodhart.Web.Tests;

/// <summary>Answers already read are reused only for exactly the text they were read from.</summary>
public sealed class AnswerSheetCacheTests
{
    private static readonly Instrument Instrument = InstrumentLoader.Default;

    private static string Json(string measure)
    {
        var sheet = AnswerSheet.Blank(Instrument, new Respondent(null, "manager"));
        return AnswerSheetWriter.ToJson(sheet with { Context = sheet.Context.SetItem("measure", [measure]) }, Instrument);
    }

    private static Func<string, AnswerSheet> Counting(List<string> reads) => text =>
    {
        reads.Add(text);
        return AnswerSheetReader.Parse(text, "answers.json", Instrument).Value!;
    };

    [Fact]
    public void Read_SameTextAgain_ReadsOnceAndReturnsTheSameSheet()
    {
        using var cache = new AnswerSheetCache();
        var reads = new List<string>();
        var id = Guid.NewGuid();
        var json = Json("Calls answered in 20 s");

        var first = cache.Read(id, json, Counting(reads));
        var second = cache.Read(id, new string(json.AsSpan()), Counting(reads));

        Assert.Single(reads);
        Assert.Same(first, second);
        Assert.Equal("Calls answered in 20 s", second.MeasureName);
    }

    [Fact]
    public void Read_ChangedText_ReadsItAndNeverReturnsTheOldSheet()
    {
        using var cache = new AnswerSheetCache();
        var reads = new List<string>();
        var id = Guid.NewGuid();

        cache.Read(id, Json("Before"), Counting(reads));
        var changed = cache.Read(id, Json("After"), Counting(reads));
        var back = cache.Read(id, Json("Before"), Counting(reads));

        Assert.Equal(3, reads.Count);
        Assert.Equal("After", changed.MeasureName);
        Assert.Equal("Before", back.MeasureName);
    }

    [Fact]
    public void Read_TwoStressTestsWithTheSameText_AreKeptApart()
    {
        using var cache = new AnswerSheetCache();
        var reads = new List<string>();
        var json = Json("Same");
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        cache.Read(a, json, Counting(reads));
        cache.Read(b, json, Counting(reads));
        cache.Read(a, Json("Changed"), Counting(reads));
        var stillB = cache.Read(b, json, Counting(reads));

        Assert.Equal(3, reads.Count);
        Assert.Equal("Same", stillB.MeasureName);
    }
}
