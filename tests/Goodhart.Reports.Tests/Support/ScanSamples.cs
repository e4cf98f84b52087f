using Goodhart.Findings;
using Goodhart.Reports.Scan;
using Goodhart.Scan;

namespace Goodhart.Reports.Tests.Support;

/// <summary>A hand-made scan result: rushing at alert with a histogram, storing up at watch with a series, the rest not run.</summary>
internal static class ScanSamples
{
    public static ScanReport Report()
    {
        var rushing = new Finding(
            ScanCodes.Rushing,
            "Rushing: cases bunched just inside the target",
            Severity.Alert,
            new EffectSize("excess as a share of the cases expected in the window", 0.5, "share", 0.10, new ConfidenceInterval(0.3, 0.7, 0.95)),
            [new Evidence("excess cases in the 10 minutes before the target", 412, "cases", new ConfidenceInterval(300, 520, 0.95)), new Evidence("bunching test p-value (one-sided)", 0.0002, "p")],
            0.0001,
            0.0004,
            "About 412 more cases than expected finished in the 10 minutes before 240 minutes.",
            ["Bunching cannot say why."],
            new HistogramChart("Cases by duration around the target", "minutes", [new HistogramBar(238, 90, 60), new HistogramBar(239, 95, 58), new HistogramBar(240, 40, 57), new HistogramBar(241, 38, 55)], 239.5));
        var storing = new Finding(
            ScanCodes.StoringUp,
            "Storing up",
            Severity.Watch,
            new EffectSize("extra completions per day in the last 3 days", 0.25, "share", 0.20, new ConfidenceInterval(-0.02, 0.55, 0.95)),
            [new Evidence("complete periods", 12, "periods")],
            0.02,
            0.06,
            "Completions per day in the last 3 days were 25% higher.",
            ["Calendar effects look the same."],
            new SeriesChart("Completions by day before the end of the period", "days before the end", "completions ÷ mean", [new ChartSeries("average over periods", [new ChartPoint(-5, 0.9), new ChartPoint(-2, 1.3), new ChartPoint(0, 1.2)])], -2.5));
        var findings = ScanCodes.All.Select(code => code switch
        {
            ScanCodes.Rushing => rushing,
            ScanCodes.StoringUp => storing,
            _ => Finding.NotEnoughData(code, ScanCodes.Title(code), $"Not run: {code} needs an option."),
        }).ToList();
        var result = new ScanResult(findings, 2, 20_000, 6, ["6 cases end before they start; they were left out"]);
        return new ScanReport(result, "cases.csv", [new ScanSetting("start", "Start time column", "arrived"), new ScanSetting("threshold", "Target", "240 minutes")], new DateOnly(2026, 11, 23));
    }
}
