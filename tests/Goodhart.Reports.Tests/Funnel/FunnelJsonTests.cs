using System.Text.Json;
using Goodhart.Reports.Funnel;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Funnel;

public sealed class FunnelJsonTests
{
    [Fact]
    public void Write_Unadjusted_HasSchemaMethodAndUnits()
    {
        using var json = JsonDocument.Parse(FunnelJson.Write(FunnelSamples.Proportions()));
        var root = json.RootElement;

        Assert.Equal(FunnelJson.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("funnel", root.GetProperty("kind").GetString());
        Assert.Equal("proportion", root.GetProperty("measure").GetString());
        Assert.Equal(20, root.GetProperty("target").GetDouble(), 1e-9);
        Assert.Equal("given", root.GetProperty("targetSource").GetString());
        Assert.Equal("exact", root.GetProperty("method").GetProperty("limits").GetString());
        Assert.Equal("none", root.GetProperty("adjustment").GetString());
        Assert.Equal(6, root.GetProperty("units").GetArrayLength());
        var alpha = root.GetProperty("units")[0];
        Assert.Equal("Alpha", alpha.GetProperty("unit").GetString());
        Assert.Equal(-2.5, alpha.GetProperty("z").GetDouble(), 1e-9);
        Assert.Equal("below-95", alpha.GetProperty("band").GetString());
        Assert.True(root.GetProperty("curve").GetArrayLength() > 1);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("summary").GetString()));
    }

    [Fact]
    public void Write_Overdispersed_HasPhiTauAndTest()
    {
        var result = FunnelSamples.Overdispersed();
        using var json = JsonDocument.Parse(FunnelJson.Write(result, includeCurve: false));
        var root = json.RootElement;

        Assert.Equal("additive", root.GetProperty("adjustment").GetString());
        Assert.Equal("automatic", root.GetProperty("adjustmentAsked").GetString());
        Assert.Equal("normal", root.GetProperty("method").GetProperty("limits").GetString());
        Assert.Equal(result.Phi!.Value, root.GetProperty("phi").GetDouble(), 1e-12);
        Assert.Equal(result.Tau2!.Value, root.GetProperty("tau2").GetDouble(), 1e-15);
        var test = root.GetProperty("test");
        Assert.True(test.GetProperty("overdispersed").GetBoolean());
        Assert.Equal(11, test.GetProperty("degreesOfFreedom").GetInt32());
        Assert.Equal(0.1, test.GetProperty("winsorFraction").GetDouble(), 1e-12);
        Assert.False(root.TryGetProperty("curve", out _));
    }

    [Fact]
    public void Write_FewUnits_ListsWarningWithCode()
    {
        using var json = JsonDocument.Parse(FunnelJson.Write(FunnelSamples.Proportions()));

        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "few-units");
    }
}
