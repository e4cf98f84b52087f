using Goodhart.Reports.Charts;

namespace Goodhart.Reports.StressTest;

/// <summary>The charts of a stress-test report, for faces that show them outside a document (the web pages).</summary>
public static class StressTestCharts
{
    /// <summary>
    /// The profile chart of a report: a bar per dimension with the bands shaded behind; for a team the bar is the
    /// median and a line across it runs from the lowest to the highest respondent's score.
    /// </summary>
    /// <param name="report">The report.</param>
    public static ProfileChartSpec Profile(StressTestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bands = report.Instrument.Scoring.Bands;
        var ranges = bands.Select((b, i) => new BandRange(
            ReportTexts.BandId(b.Band), b.From, i + 1 < bands.Count ? bands[i + 1].From : 100, ReportTexts.ToneOf(b.Band))).ToList();
        var bars = report.Profile is { } p
            ? p.Dimensions.Select(d => new ProfileBar(d.Title, d.Score, ReportTexts.ToneOf(d.Band))).ToList()
            : report.Team!.Dimensions.Select(d => new ProfileBar(d.Title, d.Median, ReportTexts.ToneOf(d.Band), d.Min, d.Max)).ToList();
        return new ProfileChartSpec(bars, ranges);
    }
}
