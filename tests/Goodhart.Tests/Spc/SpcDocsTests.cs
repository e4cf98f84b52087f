using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Spc;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Spc;

/// <summary>The false-alarm table in docs/spc.md is recomputed, so the documentation cannot drift from the engine.</summary>
public sealed partial class SpcDocsTests
{
    [Fact]
    public void FalseAlarmTable_MatchesTheEngine()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "spc.md"));
        var rows = TableRow().Matches(doc);
        Assert.Equal(5, rows.Count);
        foreach (Match row in rows)
        {
            var points = int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture);
            var values = Enumerable.Range(0, points).Select(i => (double?)(i % 3)).ToArray();
            double Probability(ChartKind chart, RuleSet set) =>
                SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions(Chart: chart, Rules: SpcRuleOptions.For(set, chart))).FalseAlarm!.Probability;

            Assert.Equal(Parse(row.Groups[2]), Probability(ChartKind.Individuals, RuleSet.Mdc), 0.0051);
            Assert.Equal(Parse(row.Groups[3]), Probability(ChartKind.Run, RuleSet.Anhoej), 0.0051);
            Assert.Equal(Parse(row.Groups[4]), Probability(ChartKind.Individuals, RuleSet.Anhoej), 0.0051);
        }
    }

    [Fact]
    public void FalseAlarmExample_IsTheEnginesSentence()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "spc.md"));
        var values = Enumerable.Range(0, 36).Select(i => (double?)(i % 3)).ToArray();
        var sentence = SpcAnalysis.Run(SpcSeries.Of("s", values), new SpcOptions()).FalseAlarm!.Sentence;
        var quoted = string.Join(' ', QuoteLines().Matches(doc).Select(m => m.Groups[1].Value.Trim()));
        Assert.Equal(sentence, quoted);
    }

    private static double Parse(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| (\d+) \| (0\.\d\d) \| (0\.\d\d) \| (0\.\d\d) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^> (A stable process.*|rules: .*)$", RegexOptions.Multiline)]
    private static partial Regex QuoteLines();
}
