using System.Text.Json;
using Goodhart.Reports.Spc;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcJsonTests
{
    [Fact]
    public void Write_SmallResult_HasTheDocumentedFields()
    {
        using var json = JsonDocument.Parse(SpcJson.Write([SpcResults.Small("<b>Ward</b>")]));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("goodhart spc", root.GetProperty("tool").GetString());
        var series = Assert.Single(root.GetProperty("series").EnumerateArray());
        Assert.Equal("<b>Ward</b>", series.GetProperty("name").GetString());
        Assert.Equal("i", series.GetProperty("chart").GetString());
        Assert.Equal(["beyond-limits", "shift", "trend", "two-of-three"], series.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("decrease", series.GetProperty("direction").GetString());
        Assert.Equal(12, series.GetProperty("target").GetDouble(), 12);
        Assert.Equal(10, series.GetProperty("n").GetInt32());
        Assert.Equal("common-cause", series.GetProperty("variation").GetString());
        Assert.Equal("hit-and-miss", series.GetProperty("assurance").GetString());
        var alarm = series.GetProperty("falseAlarm");
        Assert.Equal(0.2345, alarm.GetProperty("probability").GetDouble(), 12);
        Assert.Equal(0.0042, alarm.GetProperty("standardError").GetDouble(), 12);
        Assert.Equal(10_000, alarm.GetProperty("replicates").GetInt32());
        Assert.Equal(20231101, alarm.GetProperty("seed").GetInt32());
        Assert.StartsWith("A stable process", alarm.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        var phase = Assert.Single(series.GetProperty("phases").EnumerateArray());
        Assert.Equal(10, phase.GetProperty("centre").GetDouble(), 12);
        var warning = Assert.Single(series.GetProperty("warnings").EnumerateArray());
        Assert.Equal("trial-limits", warning.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, warning.GetProperty("index").ValueKind);
        Assert.Equal(11, series.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void Write_Points_CarrySignalsRulesAndNullsForMissing()
    {
        using var json = JsonDocument.Parse(SpcJson.Write([SpcResults.Small()]));
        var points = json.RootElement.GetProperty("series")[0].GetProperty("points");

        var beyond = points[2];
        Assert.Equal(3, beyond.GetProperty("x").GetDouble(), 12);
        Assert.Equal(17, beyond.GetProperty("value").GetDouble(), 12);
        Assert.Equal(16, beyond.GetProperty("ucl").GetDouble(), 12);
        Assert.Equal(14, beyond.GetProperty("ucl2").GetDouble(), 12);
        Assert.True(beyond.GetProperty("signal").GetBoolean());
        Assert.Equal(["beyond-limits"], beyond.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("concern", beyond.GetProperty("kind").GetString());
        Assert.Equal(0, beyond.GetProperty("phase").GetInt32());
        Assert.Equal(JsonValueKind.Null, beyond.GetProperty("denominator").ValueKind);

        var missing = points[5];
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("numerator").ValueKind);
        Assert.False(missing.GetProperty("signal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("kind").ValueKind);
        Assert.Equal(0, missing.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Write_NoVerdictsNoFalseAlarm_WritesNulls()
    {
        var result = SpcResults.Small(target: null) with { FalseAlarm = null, Variation = Goodhart.Spc.VariationVerdict.None };

        using var json = JsonDocument.Parse(SpcJson.Write([result]));
        var series = json.RootElement.GetProperty("series")[0];

        Assert.Equal(JsonValueKind.Null, series.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, series.GetProperty("variation").ValueKind);
        Assert.Equal(JsonValueKind.Null, series.GetProperty("assurance").ValueKind);
        Assert.Equal(JsonValueKind.Null, series.GetProperty("falseAlarm").ValueKind);
    }

    [Fact]
    public void Write_ToStream_MatchesTheString()
    {
        using var stream = new MemoryStream();
        SpcJson.Write(stream, [SpcResults.Small()]);

        Assert.Equal(SpcJson.Write([SpcResults.Small()]).TrimEnd('\n'), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
