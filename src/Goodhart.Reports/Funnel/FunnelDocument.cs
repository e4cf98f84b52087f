using System.Globalization;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Funnel;

/// <summary>A funnel plot as a report document: what was compared, the chart, the units outside the limits, every unit, the method.</summary>
public static class FunnelDocument
{
    /// <summary>Builds the document.</summary>
    /// <param name="result">The funnel analysis.</param>
    /// <param name="source">Where the data came from (a file name), for the header.</param>
    /// <param name="measure">What is compared, e.g. "Seen within 4 hours", for titles and the axis.</param>
    public static ReportDocument Build(FunnelResult result, string source, string measure)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scale = result.Options.Multiplier;
        string Rate(double value) => (value * scale).ToString(result.Kind == FunnelKind.Proportion && scale == 1 ? "0.0000" : "G5", CultureInfo.InvariantCulture);

        var blocks = new List<Block>
        {
            new Paragraph(result.Summary),
            // The caption under the chart says how the limits were drawn; the chart's own subtitle would repeat it.
            new ChartBlock(FunnelChartSpec.From(result, measure) with { Subtitle = string.Empty }, FunnelTexts.LimitsInWords(result) + "."),
            new Paragraph(
                "Each dot is one unit: its rate against the number of cases it rests on. The lines fan out to the left because a small unit's rate " +
                "swings more by chance. A dot outside the outer (99.8%) lines is unlikely to sit there by chance alone and deserves a closer look; " +
                "one between the lines does not, wherever a league table would have ranked it.",
                ParagraphStyle.Note),
        };

        var outside = result.Units.Where(u => u.IsBeyond998).OrderByDescending(u => Math.Abs(u.AdjustedZ)).ToList();
        blocks.Add(new Heading(2, outside.Count == 0 ? "No unit outside the 99.8% limits" : string.Create(CultureInfo.InvariantCulture, $"{outside.Count} unit(s) outside the 99.8% limits")));
        if (outside.Count > 0)
        {
            blocks.Add(UnitTable(outside, Rate));
        }

        blocks.Add(new Heading(2, "Every unit"));
        blocks.Add(UnitTable(result.Units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(), Rate));
        if (result.Warnings.Count > 0)
        {
            blocks.Add(new Heading(2, "Warnings"));
            blocks.Add(new BulletList(result.Warnings.Select(w => w.Message).ToList()));
        }

        blocks.Add(new Heading(2, "Method"));
        blocks.Add(new Paragraph(
            "Limits follow Spiegelhalter, \"Funnel plots for comparing institutional performance\" (Statistics in Medicine, 2005), around " +
            (result.TargetIsOverallRate ? "the overall rate of all units. " : "the target given. ") +
            "Over-dispersion (units differing by more than chance) is tested on z-scores winsorised at 10% each side, as in Spiegelhalter, " +
            "\"Handling over-dispersion of performance indicators\" (Quality and Safety in Health Care, 2005); when it is found the limits are " +
            "widened by an additive random effect, so the largest units are not flagged for differences that every unit shows."));
        return new ReportDocument(
            $"Funnel plot: {measure}",
            $"{source} · {result.Units.Count} units",
            blocks,
            "Made with Goodhart. A funnel plot compares units without ranking them; a dot outside the limits is a question to ask, not a verdict on anyone.");
    }

    private static Table UnitTable(IReadOnlyList<FunnelUnitResult> units, Func<double, string> rate) => new(
        ["unit", "events", "denominator", "rate", "z", "where"],
        units.Select(u => (IReadOnlyList<string>)
        [
            u.Name,
            u.Numerator.ToString("G", CultureInfo.InvariantCulture),
            u.Denominator.ToString("G", CultureInfo.InvariantCulture),
            rate(u.Rate),
            u.AdjustedZ.ToString("0.00", CultureInfo.InvariantCulture),
            Where(u.Band),
        ]).ToList(),
        [1, 2, 3, 4]);

    private static string Where(FunnelBand band) => band switch
    {
        FunnelBand.Above998 => "above the 99.8% limit",
        FunnelBand.Below998 => "below the 99.8% limit",
        FunnelBand.Above95 => "above the 95% limit",
        FunnelBand.Below95 => "below the 95% limit",
        _ => "within the 95% limits",
    };
}
