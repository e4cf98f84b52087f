using System.Globalization;
using System.Text;
using System.Text.Json;
using Goodhart.StressTest;

namespace Goodhart.Reports.StressTest;

/// <summary>
/// The stress-test report as JSON for other tools. The shape is versioned by <see cref="SchemaVersion"/>;
/// fields are only ever added within a version.
/// </summary>
public static class StressTestJson
{
    /// <summary>The version of the JSON shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the report as JSON text.</summary>
    /// <param name="report">The report.</param>
    public static string Write(StressTestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("kind", report.Team is null ? "stress-test" : "team-stress-test");
            w.WriteString("date", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteInstrument(w, report.Instrument);
            WriteMeasure(w, report);
            WriteRespondents(w, report);
            WriteOverall(w, report);
            WriteDimensions(w, report);
            WriteDysfunctions(w, report);
            WriteCountermeasures(w, report);
            WriteWatchList(w, report);
            if (report.Team is { } team)
            {
                WriteRoleGaps(w, team);
            }

            w.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteString("method", ReportTexts.MethodSummary(report.Instrument));
            w.WriteString("disclaimer", ReportTexts.Disclaimer);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteInstrument(Utf8JsonWriter w, Instrument instrument)
    {
        w.WriteStartObject("instrument");
        w.WriteString("id", instrument.Id);
        w.WriteString("version", instrument.Version);
        w.WriteString("hash", instrument.ContentHash);
        w.WriteString("credit", instrument.Credit);
        w.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter w, StressTestReport report)
    {
        w.WriteStartObject("measure");
        w.WriteString("name", report.MeasureName);
        foreach (var question in report.Instrument.Context.Where(q => q.Id != "measure"))
        {
            var values = report.Context.ContextValues(question.Id);
            if (question.Kind == ContextKind.MultiChoice)
            {
                w.WriteStartArray(question.Id);
                foreach (var value in values)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
            }
            else if (values.IsDefaultOrEmpty)
            {
                w.WriteNull(question.Id);
            }
            else
            {
                w.WriteString(question.Id, values[0]);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteRespondents(Utf8JsonWriter w, StressTestReport report)
    {
        w.WriteStartArray("respondents");
        foreach (var sheet in report.Sheets)
        {
            w.WriteStartObject();
            WriteNullable(w, "name", sheet.Respondent.Name);
            WriteNullable(w, "role", sheet.Respondent.Role);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteOverall(Utf8JsonWriter w, StressTestReport report)
    {
        var (score, band, confidence) = report.Headline;
        w.WriteStartObject("overall");
        Number(w, "score", score);
        w.WriteString("band", ReportTexts.BandId(band));
        Number(w, "confidence", confidence);
        if (report.Team is { } team)
        {
            WriteSpread(w, team.Overall);
        }

        WriteDrivers(w, report.Profile?.Overall.Contributions ?? report.Team!.Overall.Contributions, report.Instrument.Scoring.DriverCount);
        w.WriteEndObject();
    }

    private static void WriteDimensions(Utf8JsonWriter w, StressTestReport report)
    {
        w.WriteStartArray("dimensions");
        for (var i = 0; i < report.Instrument.Dimensions.Count; i++)
        {
            var dimension = report.Instrument.Dimensions[i];
            w.WriteStartObject();
            w.WriteString("id", dimension.Id);
            w.WriteString("title", dimension.Title);
            if (report.Profile is { } profile)
            {
                var score = profile.Dimensions[i];
                Number(w, "score", score.Score);
                w.WriteString("band", ReportTexts.BandId(score.Band));
                Number(w, "confidence", score.Confidence);
                Number(w, "baseScore", score.BaseScore);
                Number(w, "multiplier", score.Multiplier);
                w.WriteNumber("rated", score.Rated);
                w.WriteNumber("itemCount", score.ItemCount);
                WriteDrivers(w, score.Contributions, int.MaxValue);
                WriteAnswers(w, dimension, report.Sheets[0]);
                WriteNullable(w, "reflection", report.Sheets[0].Reflections.GetValueOrDefault(dimension.Id));
            }
            else
            {
                var team = report.Team!.Dimensions[i];
                Number(w, "score", team.Median);
                w.WriteString("band", ReportTexts.BandId(team.Band));
                Number(w, "confidence", team.Confidence);
                WriteSpread(w, team);
                WriteDrivers(w, team.Contributions, int.MaxValue);
                w.WriteStartArray("reflections");
                foreach (var sheet in report.Sheets.Where(s => s.Reflections.ContainsKey(dimension.Id)))
                {
                    w.WriteStartObject();
                    WriteNullable(w, "role", sheet.Respondent.Role);
                    w.WriteString("text", sheet.Reflections[dimension.Id]);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpread(Utf8JsonWriter w, TeamDimension team)
    {
        w.WriteStartObject("spread");
        Number(w, "median", team.Median);
        Number(w, "min", team.Min);
        Number(w, "max", team.Max);
        w.WriteEndObject();
        w.WriteStartObject("roleMedians");
        foreach (var (role, median) in team.RoleMedians)
        {
            Number(w, role, median);
        }

        w.WriteEndObject();
    }

    private static void WriteDrivers(Utf8JsonWriter w, IReadOnlyList<Contribution> contributions, int count)
    {
        w.WriteStartArray("drivers");
        foreach (var c in contributions.Take(count))
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            w.WriteString("id", c.Id);
            w.WriteString("label", c.Label);
            if (c.Answer.Length > 0)
            {
                w.WriteString("answer", c.Answer);
            }

            Number(w, "points", c.Points);
            Number(w, "share", c.Share);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAnswers(Utf8JsonWriter w, Dimension dimension, AnswerSheet sheet)
    {
        w.WriteStartArray("answers");
        foreach (var item in dimension.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("text", item.Text);
            if (!sheet.Items.TryGetValue(item.Id, out var answer))
            {
                w.WriteNull("rating");
                w.WriteString("answer", "not answered");
            }
            else if (answer.Rating is { } rating)
            {
                w.WriteNumber("rating", rating);
                w.WriteString("answer", item.Anchors[rating]);
            }
            else
            {
                w.WriteString("rating", ItemAnswer.NotSureText);
                w.WriteString("answer", "not sure");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDysfunctions(Utf8JsonWriter w, StressTestReport report)
    {
        var list = report.Profile?.Dysfunctions ?? report.Team!.Dysfunctions;
        w.WriteStartArray("dysfunctions");
        foreach (var d in list)
        {
            w.WriteStartObject();
            w.WriteString("id", d.DysfunctionId);
            w.WriteString("title", d.Title);
            Number(w, "likelihood", d.Likelihood);
            if (d.Ease is { } ease)
            {
                w.WriteNumber("ease", ease);
            }
            else
            {
                w.WriteNull("ease");
            }

            w.WriteBoolean("likely", d.Likely);
            w.WriteStartArray("reasons");
            foreach (var reason in d.Reasons)
            {
                w.WriteStringValue(reason);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCountermeasures(Utf8JsonWriter w, StressTestReport report)
    {
        w.WriteStartArray("countermeasures");
        foreach (var c in report.Profile?.Countermeasures ?? report.Team!.Countermeasures)
        {
            w.WriteStartObject();
            w.WriteString("id", c.CountermeasureId);
            w.WriteString("title", c.Title);
            w.WriteString("advice", c.Advice);
            w.WriteStartArray("because");
            foreach (var because in c.Because)
            {
                w.WriteStringValue(because);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteWatchList(Utf8JsonWriter w, StressTestReport report)
    {
        w.WriteStartArray("watchList");
        foreach (var s in report.Profile?.WatchList ?? report.Team!.WatchList)
        {
            w.WriteStartObject();
            w.WriteString("signal", s.Signal);
            w.WriteString("because", s.Because);
            w.WriteBoolean("priority", s.Priority);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRoleGaps(Utf8JsonWriter w, TeamProfile team)
    {
        w.WriteStartArray("roleGaps");
        foreach (var gap in team.RoleGaps)
        {
            w.WriteStartObject();
            w.WriteString("dimension", gap.DimensionId);
            w.WriteString("higherRole", gap.HigherRole);
            Number(w, "higherMedian", gap.HigherMedian);
            w.WriteString("lowerRole", gap.LowerRole);
            Number(w, "lowerMedian", gap.LowerMedian);
            w.WriteNumber("bandsApart", gap.BandsApart);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double value) => w.WriteNumber(name, Math.Round(value, 3));

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
