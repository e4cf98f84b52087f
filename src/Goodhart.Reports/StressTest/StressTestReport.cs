using Goodhart.StressTest;

namespace Goodhart.Reports.StressTest;

/// <summary>
/// Everything a stress-test report shows, already computed: the instrument, the answers, and either
/// one respondent's profile or a team's. Renderers read it; they compute nothing.
/// </summary>
/// <param name="Instrument">The instrument used.</param>
/// <param name="Sheets">The answers, one per respondent (the first one's context describes the measure).</param>
/// <param name="Profile">The single respondent's profile, or <c>null</c> for a team report.</param>
/// <param name="Team">The team profile, or <c>null</c> for a single respondent.</param>
/// <param name="Date">The date the report was made.</param>
/// <param name="Warnings">Things the reader should know (e.g. answers given to another instrument version).</param>
public sealed record StressTestReport(
    Instrument Instrument,
    IReadOnlyList<AnswerSheet> Sheets,
    RiskProfile? Profile,
    TeamProfile? Team,
    DateOnly Date,
    IReadOnlyList<string> Warnings)
{
    /// <summary>A report for one respondent.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="sheet">The answers.</param>
    /// <param name="date">The report date.</param>
    /// <param name="warnings">Warnings to show.</param>
    public static StressTestReport ForRespondent(Instrument instrument, AnswerSheet sheet, DateOnly date, IReadOnlyList<string>? warnings = null) =>
        new(instrument, [sheet], StressTestScorer.Score(instrument, sheet), null, date, warnings ?? []);

    /// <summary>A report for a team.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="sheets">Every respondent's answers.</param>
    /// <param name="date">The report date.</param>
    /// <param name="warnings">Warnings to show.</param>
    public static StressTestReport ForTeam(Instrument instrument, IReadOnlyList<AnswerSheet> sheets, DateOnly date, IReadOnlyList<string>? warnings = null) =>
        new(instrument, sheets, null, TeamCombiner.Combine(instrument, sheets), date, warnings ?? []);

    /// <summary>The measure's name.</summary>
    public string MeasureName => Profile?.MeasureName ?? Team!.MeasureName;

    /// <summary>The answers that describe the measure's context.</summary>
    public AnswerSheet Context => Sheets[0];

    /// <summary>The overall score and band to headline: the respondent's, or the team median.</summary>
    public (double Score, Band Band, double Confidence) Headline => Profile is { } p
        ? (p.Overall.Score, p.Overall.Band, p.Overall.Confidence)
        : (Team!.Overall.Median, Team.Overall.Band, Team.Overall.Confidence);

    /// <summary>
    /// A safe file name for the report: the measure name reduced to letters, digits and dashes, then the date.
    /// </summary>
    public string FileStem
    {
        get
        {
            var chars = MeasureName.Normalize(System.Text.NormalizationForm.FormD)
                .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
            var slug = string.Join('-', new string(chars.ToArray()).Split('-', StringSplitOptions.RemoveEmptyEntries));
            if (slug.Length > 60)
            {
                slug = slug[..60].TrimEnd('-');
            }

            return $"{(slug.Length == 0 ? "measure" : slug)}-{Date:yyyy-MM-dd}";
        }
    }
}
