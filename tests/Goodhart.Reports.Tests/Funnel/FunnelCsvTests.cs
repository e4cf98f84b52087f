using Goodhart.Reports.Funnel;
using Goodhart.Reports.Tests.Support;

namespace Goodhart.Reports.Tests.Funnel;

public sealed class FunnelCsvTests
{
    [Fact]
    public void Write_Always_StartsWithHeaderAndHasOneRowPerUnit()
    {
        var lines = FunnelCsv.Write(FunnelSamples.Proportions()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("unit,numerator,denominator,rate,z,lower95,upper95,lower998,upper998,band,signal", lines[0]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Write_UnitBelowTarget_RowHoldsScaledRateLimitsAndBand()
    {
        // Alpha: 10/100 = 10%; z = (0.1 − 0.2)/0.04 = −2.5; exact Binomial(100, 0.2) limits ×100 (hand computation in
        // Goodhart.Tests FunnelAnalysisTests): 11.97422, 27.64761, 8.09783, 32.67659; below the 95% limit, and since
        // higher is better, a concern.
        var row = FunnelCsv.Write(FunnelSamples.Proportions()).Split('\n')[1].Split(',');

        Assert.Equal("Alpha", row[0]);
        Assert.Equal("10", row[1]);
        Assert.Equal("100", row[2]);
        Assert.Equal(10, double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(-2.5, double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(11.97422, double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal(27.64761, double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal(8.09783, double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal(32.67659, double.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal("below-95", row[9]);
        Assert.Equal("concern", row[10]);
    }

    [Fact]
    public void Write_NameWithComma_IsQuotedAndBandIsBeyond998()
    {
        var last = FunnelCsv.Write(FunnelSamples.Proportions()).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];

        Assert.StartsWith("\"Far, Trust\",60,100,60,", last, StringComparison.Ordinal);
        Assert.EndsWith(",above-99.8,improvement", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void Field_Text_IsEscapedForSpreadsheets(string text, string expected)
    {
        Assert.Equal(expected, FunnelCsv.Field(text));
    }
}
