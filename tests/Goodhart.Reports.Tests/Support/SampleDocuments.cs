using System.Globalization;
using System.Text;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;

namespace Goodhart.Reports.Tests.Support;

/// <summary>Documents the renderer tests share; each call builds a fresh one.</summary>
internal static class SampleDocuments
{
    public const string Hostile = "<script>alert(1)</script> \"quoted\" & 'single' <b>bold</b>";

    public static ProfileChartSpec Profile(bool team = true) => new(
        [
            new ProfileBar("Reinforcement", 62, Tone.High, team ? 45 : null, team ? 80 : null),
            new ProfileBar("Invisibility", 48, Tone.Moderate),
            new ProfileBar("Proxy failure", 71, Tone.High, team ? 50 : null, team ? 90 : null),
            new ProfileBar("Risk displacement", 83, Tone.Severe),
            new ProfileBar("Authority", 35, Tone.Moderate),
            new ProfileBar("Early warning", 18, Tone.Low),
        ],
        [
            new BandRange("low", 0, 25, Tone.Low),
            new BandRange("moderate", 25, 50, Tone.Moderate),
            new BandRange("high", 50, 75, Tone.High),
            new BandRange("severe", 75, 100, Tone.Severe),
        ]);

    /// <summary>A small report that uses every block type once; the Markdown golden file is made from it.</summary>
    public static ReportDocument Small() => new(
        "Stress test: 4-hour A&E target",
        "Emergency department · 12 March 2026",
        [
            new Paragraph("This report reads the answers of 7 respondents.", ParagraphStyle.Lead),
            new Callout(Tone.High, "High distortion risk (score 64)", "Two dimensions are in the severe band.\nReview before the next board."),
            new Heading(1, "Profile"),
            new ChartBlock(Profile(), "Risk-displacement scores highest; the team disagrees most on proxy failure."),
            new Heading(2, "Scores"),
            new Table(
                ["Dimension", "Score", "Band"],
                [
                    ["Reinforcement", "62", "high"],
                    ["Risk displacement", "83", "severe"],
                    ["Early warning", "18", "low"],
                ],
                [1]),
            new Heading(3, "Context"),
            new KeyValueList(
            [
                new KeyValuePair<string, string>("Used as", "target, league table"),
                new KeyValuePair<string, string>("Recorded by", "reception staff"),
            ]),
            new BulletList(["Track re-attendance within 7 days", "Review breaches weekly, not monthly"]),
            new Paragraph("\"We stop the clock by admitting to a corridor.\"", ParagraphStyle.Quote),
            new Paragraph("Scores are 0–100; higher means more risk.\nBands: low < 25 ≤ moderate < 50 ≤ high < 75 ≤ severe.", ParagraphStyle.Note),
        ],
        "Goodhart 0.1 · stress-test instrument v1");

    /// <summary>Every block type carrying text that would be markup if it were not escaped.</summary>
    public static ReportDocument HostileText() => new(
        Hostile,
        Hostile,
        [
            new Heading(1, Hostile),
            new Heading(2, "# not a heading"),
            new Paragraph(Hostile),
            new Paragraph("[link](javascript:alert(1)) *stars* _under_ `code` | pipe | ~~strike~~ \\ &amp; &copy;"),
            new Paragraph("# heading\n- item\n+ plus\n1. one\n2) two\n> quote\n---\n===\n    indented", ParagraphStyle.Quote),
            new BulletList([Hostile, "- nested?", "line one\nline two"]),
            new KeyValueList([new KeyValuePair<string, string>(Hostile, Hostile)]),
            new Table([Hostile, "n|m"], [[Hostile, "1|2"], ["a\nb", "3"]], [1]),
            new Callout(Tone.Severe, Hostile, Hostile),
            new ChartBlock(new ProfileChartSpec([new ProfileBar(Hostile, 50, Tone.High, 40, 60)], []), Hostile),
        ],
        Hostile);

    /// <summary>
    /// A long report that stresses the PDF layout: a 200-character measure name, a 10,000-character
    /// reflection (half without spaces), emoji, Arabic and Hebrew, markup-like text and a table that
    /// runs over several pages.
    /// </summary>
    public static ReportDocument Stress()
    {
        var measureName = LongMeasureName();
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 1; i <= 120; i++)
        {
            rows.Add(
            [
                string.Create(CultureInfo.InvariantCulture, $"Case group {i}"),
                i % 7 == 0 ? "A longer description that needs to wrap inside its cell because it will not fit on one line of the column" : "Short text",
                (i * 13.5).ToString("0.0", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{i % 100}%"),
            ]);
        }

        return new ReportDocument(
            "Stress test: " + measureName,
            "Measure card 17 · 2026-03-12 · <script>alert(1)</script>",
            [
                new Paragraph("Seven people answered. This report is long on purpose 😀 🎉 👩‍💻 ✅.", ParagraphStyle.Lead),
                new Callout(Tone.Severe, "Severe distortion risk", "The measure can be met while the real goal is compromised. Three answers drove this."),
                new Heading(1, "Profile of " + measureName),
                new ChartBlock(Profile(), "Scores by dimension with the team's spread."),
                new Heading(1, "Reflections"),
                new Paragraph(LongReflection()),
                new Heading(2, "Right-to-left answers"),
                new Paragraph("שלום עולם, המדד הזה מודד את הדבר הלא נכון"),
                new Paragraph("مرحبا بالعالم، هذا المقياس يقيس الشيء الخطأ"),
                new Paragraph("Mixed: the team wrote שלום and مرحبا in one line."),
                new Paragraph("<script>alert(1)</script> & \"quoted\"", ParagraphStyle.Quote),
                new Heading(2, "Context"),
                new KeyValueList(
                [
                    new KeyValuePair<string, string>("Measure", measureName),
                    new KeyValuePair<string, string>("Used as", "Target with a financial penalty"),
                ]),
                new BulletList(["First bullet that is long enough to wrap onto a second line so the hanging indent shows clearly in the output", "Second ✅", "Third"]),
                new Heading(1, "Cases by group"),
                new Table(["Group", "Description", "Minutes", "Share"], rows, [2, 3]),
                new Paragraph("End of report marker.", ParagraphStyle.Note),
            ],
            "Goodhart · " + measureName);
    }

    /// <summary>Exactly 200 characters, words of ordinary length.</summary>
    public static string LongMeasureName()
    {
        var name = new StringBuilder("Percentage of patients admitted, transferred or discharged within four hours of arrival at the emergency department, including minor injury units and urgent treatment centres run by partner trusts");
        while (name.Length < 200)
        {
            name.Append(" x");
        }

        return name.ToString(0, 200);
    }

    /// <summary>10,000 characters: a first half of ordinary words and a second half with no spaces at all.</summary>
    public static string LongReflection()
    {
        var words = new StringBuilder();
        while (words.Length < 5000)
        {
            words.Append("We rush the easy cases through triage so the clock looks good, and the hard ones wait. ");
        }

        var text = new StringBuilder(words.ToString(0, 5000));
        text.Append("NOSPACES");
        while (text.Length < 10000)
        {
            text.Append("abcdefghijklmnopqrstuvwxyz0123456789");
        }

        return text.ToString(0, 10000);
    }
}
