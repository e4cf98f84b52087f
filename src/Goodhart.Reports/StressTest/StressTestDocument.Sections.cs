using System.Globalization;
using Goodhart.Reports.Documents;
using Goodhart.StressTest;

namespace Goodhart.Reports.StressTest;

/// <summary>The per-dimension, dysfunction, countermeasure and watch-list sections.</summary>
public static partial class StressTestDocument
{
    private static void AddDimensions(List<Block> blocks, StressTestReport report)
    {
        for (var i = 0; i < report.Instrument.Dimensions.Count; i++)
        {
            var dimension = report.Instrument.Dimensions[i];
            blocks.Add(new Heading(1, dimension.Title));
            blocks.Add(new Paragraph(dimension.Question, ParagraphStyle.Lead));
            if (dimension.Prompt.Length > 0)
            {
                blocks.Add(new Paragraph(dimension.Prompt, ParagraphStyle.Normal));
            }

            if (report.Profile is { } p)
            {
                var d = p.Dimensions[i];
                blocks.Add(new KeyValueList([
                    new("Score", $"{ReportTexts.Score(d.Score)} of 100 ({ReportTexts.BandId(d.Band)})"),
                    new("How it was made", string.Create(CultureInfo.InvariantCulture,
                        $"{d.BaseScore:0.0} from the items × {d.Multiplier:0.00} for context{(d.BaseScore * d.Multiplier > 100 ? ", capped at 100" : "")}")),
                    new("Confidence", $"{ReportTexts.Percent(d.Confidence)} ({d.Rated} of {d.ItemCount} items rated)"),
                ]));
                var sheet = report.Sheets[0];
                blocks.Add(new Table(
                    ["Item", "Answer", "Rating"],
                    dimension.Items.Select(item => (IReadOnlyList<string>)[item.Text, .. AnswerCells(item, sheet)]).ToList(),
                    [2]));
                if (sheet.Reflections.TryGetValue(dimension.Id, out var reflection))
                {
                    blocks.Add(new Paragraph(dimension.Reflection, ParagraphStyle.Note));
                    blocks.Add(new Paragraph(reflection, ParagraphStyle.Quote));
                }
            }
            else
            {
                var t = report.Team!.Dimensions[i];
                blocks.Add(new KeyValueList([
                    new("Median score", $"{ReportTexts.Score(t.Median)} of 100 ({ReportTexts.BandId(t.Band)})"),
                    new("Spread", $"{ReportTexts.Score(t.Min)} to {ReportTexts.Score(t.Max)}"),
                    new("By role", string.Join("; ", t.RoleMedians.Select(kv => $"{kv.Key} {ReportTexts.Score(kv.Value)}"))),
                    new("Confidence (median)", ReportTexts.Percent(t.Confidence)),
                ]));
                var reflections = report.Sheets.Where(s => s.Reflections.ContainsKey(dimension.Id)).ToList();
                if (reflections.Count > 0)
                {
                    blocks.Add(new Paragraph(dimension.Reflection, ParagraphStyle.Note));
                    foreach (var sheet in reflections)
                    {
                        blocks.Add(new Paragraph($"{ReportTexts.Role(sheet.Respondent.Role)}: {sheet.Reflections[dimension.Id]}", ParagraphStyle.Quote));
                    }
                }
            }

            blocks.Add(new Paragraph($"Why this matters: {dimension.Why}", ParagraphStyle.Note));
            if (dimension.DrawsOn.Count > 0)
            {
                blocks.Add(new Paragraph($"Draws on: {string.Join(", ", dimension.DrawsOn)}.", ParagraphStyle.Note));
            }
        }
    }

    private static string[] AnswerCells(RatedItem item, AnswerSheet sheet)
    {
        if (!sheet.Items.TryGetValue(item.Id, out var answer))
        {
            return ["not answered", "–"];
        }

        return answer.Rating is { } r
            ? [item.Anchors[r], string.Create(CultureInfo.InvariantCulture, $"{r} of 4")]
            : ["not sure", "–"];
    }

    private static void AddDysfunctions(List<Block> blocks, StressTestReport report)
    {
        var list = report.Profile?.Dysfunctions ?? report.Team!.Dysfunctions;
        blocks.Add(new Heading(1, "Likely dysfunctions"));
        blocks.Add(new Paragraph(
            "How likely each of the usual ways a target bends the work is for this measure, from 0 to 100: half from how easy the checklist says it would be, half from the answers that point to it.",
            ParagraphStyle.Note));
        blocks.Add(new Table(
            ["Dysfunction", "Likelihood", "Ease (0–4)", "Likely?"],
            list.Select(d => (IReadOnlyList<string>)[
                d.Title, ReportTexts.Score(d.Likelihood), d.Ease?.ToString(CultureInfo.InvariantCulture) ?? "not sure", d.Likely ? "yes" : "no"]).ToList(),
            [1, 2]));
        foreach (var d in list.Where(d => d.Likely))
        {
            blocks.Add(new Heading(3, d.Title));
            blocks.Add(new Paragraph(d.Description, ParagraphStyle.Normal));
            if (d.Reasons.Count > 0)
            {
                blocks.Add(new BulletList(d.Reasons));
            }
        }
    }

    private static void AddCountermeasures(List<Block> blocks, StressTestReport report)
    {
        var list = report.Profile?.Countermeasures ?? report.Team!.Countermeasures;
        blocks.Add(new Heading(1, "Countermeasures"));
        if (list.Count == 0)
        {
            blocks.Add(new Paragraph("No answer called for a countermeasure.", ParagraphStyle.Normal));
            return;
        }

        foreach (var c in list)
        {
            blocks.Add(new Heading(3, c.Title));
            blocks.Add(new Paragraph(c.Advice, ParagraphStyle.Normal));
            blocks.Add(new Paragraph("Called for by:", ParagraphStyle.Note));
            blocks.Add(new BulletList(c.Because));
        }
    }

    private static void AddWatchList(List<Block> blocks, StressTestReport report)
    {
        var list = report.Profile?.WatchList ?? report.Team!.WatchList;
        blocks.Add(new Heading(1, "Watch list"));
        if (list.Count == 0)
        {
            blocks.Add(new Paragraph("No answer put an early-warning signal on the list.", ParagraphStyle.Normal));
            return;
        }

        blocks.Add(new Paragraph("Signals that would show distortion early, before it reaches formal reports. Priority signals come from answers at or above the watch level.", ParagraphStyle.Note));
        blocks.Add(new Table(
            ["Watch for", "Because", "Priority"],
            list.Select(w => (IReadOnlyList<string>)[w.Signal, w.Because, w.Priority ? "priority" : "routine"]).ToList(),
            []));
    }
}
