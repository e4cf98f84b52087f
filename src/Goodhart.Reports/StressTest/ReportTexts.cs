using System.Globalization;
using Goodhart.Reports.Documents;
using Goodhart.StressTest;

namespace Goodhart.Reports.StressTest;

/// <summary>The sentences of a stress-test report that are not part of the instrument, and the team merges they read.</summary>
internal static class ReportTexts
{
    public const string Disclaimer =
        "This profile is an aid to reflection about how a measure may shape the work. It is not a verdict on " +
        "anyone's performance or honesty, and it should not be used to judge the people who answered or the people measured.";

    public static string BandId(Band band) => band.ToString().ToLowerInvariant();

    public static Tone ToneOf(Band band) => band switch
    {
        Band.Low => Tone.Low,
        Band.Moderate => Tone.Moderate,
        Band.High => Tone.High,
        _ => Tone.Severe,
    };

    public static string BandMeaning(Band band) => band switch
    {
        Band.Low => "the answers show little sign that this measure bends the work it is meant to describe",
        Band.Moderate => "there are pressure points where the measure could start to steer the work; they are worth watching",
        Band.High => "the measure is likely to bend the work in the ways the drivers below describe, unless something balances it",
        _ => "the measure is likely already steering the work more than the purpose it was chosen for; act before the next reporting cycle",
    };

    public static string Score(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Reading(StressTestReport report)
    {
        var (score, band, confidence) = report.Headline;
        var dimensions = report.Profile is { } p
            ? p.Dimensions.Select(d => (d.Title, Score: d.Score)).ToList()
            : report.Team!.Dimensions.Select(d => (d.Title, Score: d.Median)).ToList();
        var top = dimensions.OrderByDescending(d => d.Score).Take(2).ToList();
        var who = report.Team is null ? "These answers put" : $"The median of {report.Sheets.Count} respondents puts";
        var text = $"{who} \"{report.MeasureName}\" at {Score(score)} out of 100: {BandId(band)} distortion risk, meaning {BandMeaning(band)}. " +
                   $"The highest-scoring questions are {top[0].Title.ToLowerInvariant()} ({Score(top[0].Score)})" +
                   (top.Count > 1 ? $" and {top[1].Title.ToLowerInvariant()} ({Score(top[1].Score)})." : ".");
        if (confidence < report.Instrument.Scoring.LowConfidence)
        {
            text += $" Confidence is low ({Percent(confidence)} of the weighted items were rated; the rest were \"not sure\" or unanswered), so treat the score as a floor: unrated items add no risk.";
        }
        else
        {
            text += $" Confidence {Percent(confidence)}: the share of the weighted items that were rated.";
        }

        return text;
    }

    public static string MethodSummary(Instrument instrument)
    {
        var s = instrument.Scoring;
        var bands = string.Join(", ", s.Bands.Select(b => $"{BandId(b.Band)} from {Score(b.From)}"));
        return "Each item is rated 0 to 4, where 4 is always the riskiest answer. A dimension's base score is the weighted " +
               "mean rating scaled to 0-100; \"not sure\" and unanswered items count as 0, so they never add risk, and they lower " +
               "confidence (the share of the item weight that was rated) instead. Context multiplies the base score: how the number " +
               "is used, who records it and how long it has been in use each add their option's amplification, and the dysfunction " +
               $"checklist adds up to {Percent(s.DysfunctionAmplify)} for the dysfunctions linked to the dimension; the result is capped at 100. " +
               "Every score is split exactly into the points each answer contributed. The overall score is the power mean " +
               $"(p = {s.OverallPower.ToString("0.##", CultureInfo.InvariantCulture)}) of the dimension scores, so one very high dimension is not averaged away. " +
               $"Bands: {bands}. All weights are in the instrument file {instrument.Id} {instrument.Version}.";
    }

    public static string Role(string? role) => role ?? TeamCombiner.UnspecifiedRole;
}
