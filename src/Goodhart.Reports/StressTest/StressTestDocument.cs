using System.Globalization;
using Goodhart.Reports.Documents;
using Goodhart.StressTest;

namespace Goodhart.Reports.StressTest;

/// <summary>
/// Lays a <see cref="StressTestReport"/> out as a <see cref="ReportDocument"/>, which the HTML,
/// Markdown and PDF renderers all draw from.
/// </summary>
public static partial class StressTestDocument
{
    /// <summary>Builds the document.</summary>
    /// <param name="report">The report.</param>
    public static ReportDocument Build(StressTestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocks = new List<Block>();
        var (score, band, _) = report.Headline;
        blocks.Add(new Callout(
            ReportTexts.ToneOf(band),
            $"Overall distortion risk: {ReportTexts.BandId(band)} ({ReportTexts.Score(score)} of 100)",
            ReportTexts.Reading(report)));
        blocks.Add(new Heading(1, "The measure"));
        blocks.Add(new KeyValueList(ContextPairs(report)));
        blocks.Add(new Heading(1, "Profile"));
        blocks.Add(new ChartBlock(StressTestCharts.Profile(report), ChartCaption(report)));
        blocks.Add(ScoreTable(report));
        if (report.Team is { } team)
        {
            AddRoleGaps(blocks, team);
        }

        AddDrivers(blocks, report);
        AddDimensions(blocks, report);
        AddDysfunctions(blocks, report);
        AddCountermeasures(blocks, report);
        AddWatchList(blocks, report);
        if (report.Warnings.Count > 0)
        {
            blocks.Add(new Heading(1, "Warnings"));
            blocks.Add(new BulletList(report.Warnings));
        }

        blocks.Add(new Heading(1, "Method"));
        blocks.Add(new Paragraph(ReportTexts.MethodSummary(report.Instrument), ParagraphStyle.Note));
        blocks.Add(new Paragraph(report.Instrument.Credit, ParagraphStyle.Note));
        blocks.Add(new Paragraph(ReportTexts.Disclaimer, ParagraphStyle.Normal));

        var respondents = report.Team is null
            ? Describe(report.Sheets[0].Respondent)
            : $"{report.Sheets.Count} respondents";
        return new ReportDocument(
            $"Distortion-risk profile: {report.MeasureName}",
            $"{report.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} · {respondents} · {report.Instrument.Id} {report.Instrument.Version}",
            blocks,
            $"Goodhart stress test · {report.Instrument.Id} {report.Instrument.Version} · an aid to reflection, not a verdict on anyone");
    }

    private static List<KeyValuePair<string, string>> ContextPairs(StressTestReport report)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var question in report.Instrument.Context)
        {
            var values = report.Context.ContextValues(question.Id);
            var labels = values.Select(v => question.Options.FirstOrDefault(o => o.Id == v)?.Label ?? v).ToList();
            var text = labels.Count == 0 ? "not answered" : string.Join("; ", labels);
            pairs.Add(new(question.Label, text));
        }

        pairs.Add(new("Answered by", report.Team is null
            ? Describe(report.Sheets[0].Respondent)
            : string.Join("; ", report.Sheets.Select(s => Describe(s.Respondent)))));
        pairs.Add(new("Instrument", $"{report.Instrument.Title}, {report.Instrument.Id} version {report.Instrument.Version} ({report.Instrument.ContentHash[..19]})"));
        pairs.Add(new("Date of report", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return pairs;
    }

    private static string Describe(Respondent respondent) => (respondent.Name, respondent.Role) switch
    {
        (null, null) => "an anonymous respondent",
        (null, { } role) => $"a respondent ({role})",
        ({ } name, null) => name,
        ({ } name, { } role) => $"{name} ({role})",
    };

    private static string ChartCaption(StressTestReport report) => report.Team is null
        ? "Each bar is one question's distortion-risk score from 0 to 100; the shading behind shows the bands."
        : "Each bar is the median score of the respondents for one question; the line across it runs from the lowest to the highest respondent.";

    private static Table ScoreTable(StressTestReport report)
    {
        if (report.Profile is { } p)
        {
            return new Table(
                ["Question", "Score", "Band", "Confidence", "Rated"],
                p.Dimensions.Select(d => (IReadOnlyList<string>)[
                    d.Title, ReportTexts.Score(d.Score), ReportTexts.BandId(d.Band), ReportTexts.Percent(d.Confidence),
                    string.Create(CultureInfo.InvariantCulture, $"{d.Rated} of {d.ItemCount}")])
                    .Append([$"Overall", ReportTexts.Score(p.Overall.Score), ReportTexts.BandId(p.Overall.Band), ReportTexts.Percent(p.Overall.Confidence), ""])
                    .ToList(),
                [1, 3, 4]);
        }

        var team = report.Team!;
        var roles = team.Overall.RoleMedians.Keys.ToList();
        return new Table(
            ["Question", "Median", "Band", "Lowest", "Highest", .. roles.Select(r => $"Median, {r}")],
            team.Dimensions.Append(team.Overall).Select(d => (IReadOnlyList<string>)[
                d.Title, ReportTexts.Score(d.Median), ReportTexts.BandId(d.Band), ReportTexts.Score(d.Min), ReportTexts.Score(d.Max),
                .. roles.Select(r => d.RoleMedians.TryGetValue(r, out var m) ? ReportTexts.Score(m) : "")]).ToList(),
            [1, 3, 4, .. roles.Select((_, i) => 5 + i)]);
    }

    private static void AddRoleGaps(List<Block> blocks, TeamProfile team)
    {
        blocks.Add(new Heading(2, "Where roles see it differently"));
        if (team.RoleGaps.Count == 0)
        {
            blocks.Add(new Paragraph("No two roles' medians fall a band or more apart on any question.", ParagraphStyle.Normal));
            return;
        }

        blocks.Add(new Paragraph(
            "Questions where the median answers of two roles fall a band or more apart. A gap is not a sign that one side is wrong: " +
            "each role sees a different part of the work, and the gap is where the conversation should start.",
            ParagraphStyle.Note));
        blocks.Add(new BulletList(team.RoleGaps.Select(g =>
            $"{g.Title}: {g.HigherRole} {ReportTexts.Score(g.HigherMedian)} against {g.LowerRole} {ReportTexts.Score(g.LowerMedian)} " +
            $"({g.BandsApart} band{(g.BandsApart > 1 ? "s" : "")} apart)").ToList()));
    }

    private static void AddDrivers(List<Block> blocks, StressTestReport report)
    {
        var drivers = (report.Profile?.Overall.Contributions ?? report.Team!.Overall.Contributions).Take(report.Instrument.Scoring.DriverCount).ToList();
        blocks.Add(new Heading(2, "Top drivers"));
        if (drivers.Count == 0)
        {
            blocks.Add(new Paragraph("No answer added risk.", ParagraphStyle.Normal));
            return;
        }

        blocks.Add(new Paragraph(report.Team is null
            ? "The answers that contributed most to the overall score, with the points each one produced and its share of the total."
            : "The answers that contributed most, averaged over respondents, with their share of the mean overall score.", ParagraphStyle.Note));
        blocks.Add(new Table(
            ["Answer", "Given", "Points", "Share"],
            drivers.Select(d => (IReadOnlyList<string>)[d.Label, d.Answer.Length > 0 ? d.Answer : "(varies by respondent)", d.Points.ToString("0.0", CultureInfo.InvariantCulture), ReportTexts.Percent(d.Share)]).ToList(),
            [2, 3]));
    }
}
