using System.Globalization;
using Goodhart.Reports.StressTest;
using Goodhart.StressTest;
using Spectre.Console;

namespace Goodhart.Cli.StressTest;

/// <summary>The profile as a table in the terminal, after the report is written.</summary>
internal static class ProfileTable
{
    public static void Show(IAnsiConsole console, StressTestReport report)
    {
        var table = new Table().Title($"Distortion-risk profile: {report.MeasureName.EscapeMarkup()}").AddColumns("Question", "Score", "Band", "");
        table.Columns[1].RightAligned();
        var rows = report.Profile is { } p
            ? p.Dimensions.Select(d => (d.Title, d.Score, d.Band, $"confidence {Percent(d.Confidence)}"))
            : report.Team!.Dimensions.Select(d => (d.Title, Score: d.Median, d.Band, string.Create(CultureInfo.InvariantCulture, $"spread {d.Min:0}–{d.Max:0}")));
        foreach (var (title, score, band, note) in rows)
        {
            table.AddRow(title.EscapeMarkup(), score.ToString("0", CultureInfo.InvariantCulture), $"[{Colour(band)}]{band.ToString().ToLowerInvariant()}[/]", note.EscapeMarkup());
        }

        var (overall, overallBand, _) = report.Headline;
        table.AddRow("[bold]Overall[/]", $"[bold]{overall.ToString("0", CultureInfo.InvariantCulture)}[/]", $"[bold {Colour(overallBand)}]{overallBand.ToString().ToLowerInvariant()}[/]", "");
        console.Write(table);
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Colour(Band band) => band switch
    {
        Band.Low => "green",
        Band.Moderate => "yellow",
        Band.High => "darkorange",
        _ => "red",
    };
}
