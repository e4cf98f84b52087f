using System.Globalization;
using Goodhart.Findings;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Scan;

/// <summary>
/// Lays a <see cref="ScanReport"/> out as a <see cref="ReportDocument"/>, which the HTML, Markdown and PDF renderers all
/// draw from: the headline, the data and how it was read, a summary table of the seven findings, then each finding with
/// its sentence, what its numbers mean, its evidence, its chart and its caveats.
/// </summary>
public static class ScanDocument
{
    /// <summary>Builds the document.</summary>
    /// <param name="report">The report.</param>
    public static ReportDocument Build(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.Result;
        var blocks = new List<Block>
        {
            Headline(report),
            new Paragraph(ScanTexts.Purpose, ParagraphStyle.Lead),
            new Heading(1, "The data"),
            new KeyValueList(DataPairs(report)),
        };
        if (result.Warnings.Count > 0)
        {
            blocks.Add(new Heading(2, "What to know about the data"));
            blocks.Add(new BulletList(result.Warnings));
        }

        blocks.Add(new Heading(1, "Summary"));
        blocks.Add(SummaryTable(result.Findings));
        blocks.Add(new BulletList([ScanTexts.SeverityRule, ScanTexts.EffectMeaning, ScanTexts.AdjustedPMeaning]));

        blocks.Add(new Heading(1, "Findings"));
        foreach (var finding in result.Findings)
        {
            AddFinding(blocks, finding, result.Tests);
        }

        blocks.Add(new Heading(1, "Method"));
        blocks.Add(new Paragraph(
            "Each detector and its assumptions are described in docs/scan.md. The p-values of the tests that ran were adjusted together with " +
            "Holm's step-down method (Holm 1979), which keeps the chance of any false alert across the scan at the level whatever the dependence between the tests.",
            ParagraphStyle.Note));

        return new ReportDocument(
            $"Gaming scan: {report.Source}",
            $"{report.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} · {result.Counted.ToString("N0", CultureInfo.InvariantCulture)} cases counted · {result.Tests} tests",
            blocks,
            "Goodhart gaming scan · a finding is a reason to ask a question, not an answer");
    }

    private static Callout Headline(ScanReport report)
    {
        var findings = report.Result.Findings;
        int Count(Severity s) => findings.Count(f => f.Severity == s);
        var (alerts, watches, notRun) = (Count(Severity.Alert), Count(Severity.Watch), Count(Severity.NotEnoughData));
        var tone = alerts > 0 ? Tone.Severe : watches > 0 ? Tone.Moderate : Tone.Low;
        var title = alerts > 0
            ? $"{alerts} alert{(alerts == 1 ? string.Empty : "s")}, {watches} to watch"
            : watches > 0 ? $"No alert; {watches} to watch" : "No alert and nothing to watch";
        var named = findings.Where(f => f.Severity is Severity.Alert or Severity.Watch).Select(f => $"{f.Code} ({ScanTexts.Severity(f.Severity)})").ToList();
        var text = (named.Count > 0 ? $"Findings that speak: {string.Join(", ", named)}. " : "No test found a convincing and sizeable pattern. ")
            + (notRun > 0 ? $"{notRun} of the {findings.Count} tests could not run; that is not evidence that their patterns are absent." : "Every test ran.");
        return new Callout(tone, title, text);
    }

    private static List<KeyValuePair<string, string>> DataPairs(ScanReport report)
    {
        var result = report.Result;
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("Data source", report.Source),
            new("Cases counted", result.Counted.ToString("N0", CultureInfo.InvariantCulture)),
            new("Cases left out", result.Excluded.ToString("N0", CultureInfo.InvariantCulture)),
        };
        pairs.AddRange(report.Mapping.Select(m => new KeyValuePair<string, string>(m.Label, m.Value)));
        pairs.Add(new("Tests corrected for together", result.Tests.ToString(CultureInfo.InvariantCulture)));
        pairs.Add(new("Date of report", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return pairs;
    }

    private static Table SummaryTable(IReadOnlyList<Finding> findings) => new(
        ["Finding", "Severity", "Effect", "95% interval", "Practical minimum", "Adjusted p"],
        findings.Select(f => (IReadOnlyList<string>)[
            f.Code,
            ScanTexts.Severity(f.Severity),
            f.Effect is { } e ? ScanTexts.Value(e.Value, e.Unit) : "–",
            f.Effect is { } i ? ScanTexts.Interval(i.Interval, i.Unit) : "–",
            f.Effect is { } m ? ScanTexts.Value(m.PracticalMinimum, m.Unit) : "–",
            ScanTexts.P(f.AdjustedPValue)]).ToList(),
        [2, 3, 4, 5]);

    private static void AddFinding(List<Block> blocks, Finding finding, int tests)
    {
        blocks.Add(new Heading(2, $"{finding.Title} ({finding.Code})"));
        blocks.Add(new Callout(ScanTexts.ToneOf(finding.Severity), ScanTexts.Severity(finding.Severity), finding.Sentence));
        if (finding.Severity != Severity.NotEnoughData)
        {
            blocks.Add(new BulletList([ScanTexts.EffectReading(finding.Effect), ScanTexts.AdjustedPReading(finding, tests)]));
        }

        if (finding.Evidence.Count > 0)
        {
            blocks.Add(new Table(
                ["Evidence", "Value", "95% interval"],
                finding.Evidence.Select(e => (IReadOnlyList<string>)[
                    e.Unit is "share" or "p" or "" ? e.Name : $"{e.Name} ({e.Unit})",
                    ScanTexts.Value(e.Value, e.Unit),
                    ScanTexts.Interval(e.Interval, e.Unit)]).ToList(),
                [1, 2]));
        }

        if (finding.Chart is { } chart)
        {
            blocks.Add(new ChartBlock(new FindingChartSpec(chart), Caption(chart)));
        }

        if (finding.Caveats.Count > 0)
        {
            blocks.Add(new Heading(3, "What it cannot tell"));
            blocks.Add(new BulletList(finding.Caveats));
        }
    }

    private static string Caption(ChartData chart) => chart switch
    {
        HistogramChart => "Bars are the cases counted at each duration; the solid line, where drawn, is what a smooth curve predicts without the pattern; the dashed line is the target.",
        SeriesChart series => $"Points are what the data show; a line without points, where drawn, is the model's fit; the dashed line marks the {series.MarkerLabel}.",
        _ => string.Empty,
    };
}
