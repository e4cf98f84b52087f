using Goodhart.Reports.Spc;
using Goodhart.Reports.Tests.Support;
using Goodhart.Spc;

namespace Goodhart.Reports.Tests.Spc;

public sealed class SpcCsvTests
{
    private static string Points(params SpcResult[] results)
    {
        using var writer = new StringWriter();
        SpcCsv.WritePoints(writer, results);
        return writer.ToString();
    }

    private static string Summary(params SpcResult[] results)
    {
        using var writer = new StringWriter();
        SpcCsv.WriteSummary(writer, results);
        return writer.ToString();
    }

    [Fact]
    public void WritePoints_Header_IsExact()
    {
        var lines = Points(SpcResults.Small()).Split('\n');

        Assert.Equal("series,x,value,cl,lcl,ucl,signal,rules,kind,phase,lcl2,ucl2,numerator,denominator", lines[0]);
    }

    [Fact]
    public void WritePoints_SmallResult_WritesOneRowPerPointWithSignalsAndEmptyMissingCells()
    {
        var lines = Points(SpcResults.Small()).Split('\n');

        // 11 points + header + the empty string after the final LF.
        Assert.Equal(13, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        // Centre 10, sigma 2 (hand-built): limits 4 and 16, 2-sigma lines 6 and 14.
        Assert.Equal("Ward A,1,9,10,4,16,false,,,0,6,14,9,", lines[1]);
        Assert.Equal("Ward A,3,17,10,4,16,true,beyond-limits,concern,0,6,14,17,", lines[3]);
        Assert.Equal("Ward A,6,,10,4,16,false,,,0,6,14,,", lines[6]);
        Assert.Equal("Ward A,9,6.5,10,4,16,true,shift,improvement,0,6,14,6.5,", lines[9]);
        Assert.DoesNotContain("NaN", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void WritePoints_SeveralRules_JoinsIdsWithSemicolons()
    {
        var result = SpcResults.Build("s", [1.0, 2.0], ImprovementDirection.Increase, null,
            i => i == 1 ? (SpcRule.BeyondLimits | SpcRule.Trend, SignalSide.High, SignalKind.Improvement) : (SpcRule.None, SignalSide.None, SignalKind.None));

        var lines = Points(result).Split('\n');

        Assert.Contains(",true,beyond-limits;trend,improvement,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void WritePoints_NameWithCommaQuoteAndNewline_IsQuotedAsRfc4180()
    {
        var text = Points(SpcResults.Small("A, \"B\"\nC"));

        Assert.StartsWith("\"A, \"\"B\"\"\nC\",1,9,", text.Split('\n', 2)[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Ward-B", "Ward-B")]
    public void WritePoints_FormulaLikeName_GetsALeadingApostrophe(string name, string expected)
    {
        var row = Points(SpcResults.Small(name)).Split('\n')[1];

        Assert.StartsWith(expected + ",1,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePoints_NegativeValuesAndDates_AreNotGuarded()
    {
        var keys = new[] { SpcKey.Of(new DateOnly(2025, 4, 1)), SpcKey.Of(new DateOnly(2025, 5, 1)) };
        var result = SpcResults.Build("s", [-1.5, 0.1], ImprovementDirection.Neutral, null,
            _ => (SpcRule.None, SignalSide.None, SignalKind.None), keys: keys);

        var lines = Points(result).Split('\n');

        Assert.StartsWith("s,2025-04-01,-1.5,10,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("s,2025-05-01,0.1,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSummary_TwoSeries_WritesOneRowEach()
    {
        var improving = SpcResults.Build("B", [10.0, 11, 18], ImprovementDirection.Increase, 20,
            i => i == 2 ? (SpcRule.BeyondLimits, SignalSide.High, SignalKind.Improvement) : (SpcRule.None, SignalSide.None, SignalKind.None));

        var lines = Summary(SpcResults.Small(), improving).Split('\n');

        Assert.Equal("series,n,cl,lcl,ucl,variation,assurance,false_alarm_probability", lines[0]);
        // Small: 10 values, last one common cause; target 12 between limits 4 and 16: hit and miss; 0.2345 → 0.235 (away from zero).
        Assert.Equal("Ward A,10,10,4,16,common-cause,hit-and-miss,0.235", lines[1]);
        // Target 20 above the upper limit 16 with higher better: consistently fail.
        Assert.Equal("B,3,10,4,16,special-cause-improvement,consistently-fail,0.235", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void WriteSummary_NoTargetNoFalseAlarm_LeavesCellsEmpty()
    {
        var result = SpcResults.Small(target: null) with { FalseAlarm = null };

        var row = Summary(result).Split('\n')[1];

        Assert.Equal("Ward A,10,10,4,16,common-cause,,", row);
    }

    [Fact]
    public void WritePoints_100000Rows_WritesEveryRow()
    {
        // Speed is measured in bench/ (SpcBenchmarks.WriteCsv); this checks the large case is whole.
        var values = Enumerable.Range(0, 100).Select(i => (double?)(10 + Math.Sin(i) * 3)).ToArray();
        var results = Enumerable.Range(0, 1000)
            .Select(s => SpcResults.Build($"Series {s}", values, ImprovementDirection.Increase, 12,
                i => i % 7 == 0 ? (SpcRule.Shift, SignalSide.High, SignalKind.Improvement) : (SpcRule.None, SignalSide.None, SignalKind.None)))
            .ToArray();
        using var writer = new StringWriter();
        SpcCsv.WritePoints(writer, results);
        var text = writer.ToString();

        Assert.Equal(100_001, text.Count(c => c == '\n'));
        Assert.Equal(1000 * 15, text.Split('\n').Count(l => l.Contains(",true,shift,", StringComparison.Ordinal)));
    }
}
