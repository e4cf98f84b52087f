using System.Text.Json;
using Goodhart.Reports.Scan;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Scan;

public sealed class ScanJsonTests
{
    [Fact]
    public void Write_Sample_CarriesEveryFieldOfTheSchema()
    {
        using var json = JsonDocument.Parse(ScanJson.Write(ScanSamples.Report()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("cases.csv", root.GetProperty("source").GetString());
        Assert.Equal("arrived", root.GetProperty("mapping").GetProperty("start").GetString());
        Assert.Equal(20_000, root.GetProperty("counted").GetInt64());
        Assert.Equal(6, root.GetProperty("excluded").GetInt64());
        Assert.Equal(2, root.GetProperty("tests").GetInt32());
        Assert.Single(root.GetProperty("warnings").EnumerateArray());
        var findings = root.GetProperty("findings");
        Assert.Equal(7, findings.GetArrayLength());
        var rushing = findings[0];
        Assert.Equal("rushing", rushing.GetProperty("code").GetString());
        Assert.Equal("alert", rushing.GetProperty("severity").GetString());
        var effect = rushing.GetProperty("effect");
        Assert.Equal(0.5, effect.GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.3, effect.GetProperty("low").GetDouble(), 12);
        Assert.Equal(0.7, effect.GetProperty("high").GetDouble(), 12);
        Assert.Equal(0.10, effect.GetProperty("practicalMinimum").GetDouble(), 12);
        Assert.Equal("share", effect.GetProperty("unit").GetString());
        Assert.Equal(0.0001, rushing.GetProperty("pValue").GetDouble(), 12);
        Assert.Equal(0.0004, rushing.GetProperty("adjustedPValue").GetDouble(), 12);
        Assert.Equal(2, rushing.GetProperty("evidence").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, rushing.GetProperty("evidence")[1].GetProperty("low").ValueKind);
        var rework = findings[6];
        Assert.Equal("not-enough-data", rework.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, rework.GetProperty("effect").ValueKind);
        Assert.Equal(JsonValueKind.Null, rework.GetProperty("adjustedPValue").ValueKind);
        Assert.Contains("Adjusted p", root.GetProperty("explanations").GetProperty("adjustedPValue").GetString(), StringComparison.Ordinal);
    }
}
