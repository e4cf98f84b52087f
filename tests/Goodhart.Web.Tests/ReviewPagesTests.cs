using System.Net;
using System.Text.RegularExpressions;
using Goodhart.Store;
using Goodhart.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Goodhart.Web.Tests;

/// <summary>The review pages, run on each engine by the classes at the end of the file.</summary>
public abstract class ReviewPagesTests(GoodhartAppFactory app)
{
    private readonly HttpClient _browser = app.Browser();

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static Dictionary<string, string> Meeting(string team, string heldOn = "2026-11-23", string attendees = "Ana, Ben", string notes = "") => new()
    {
        ["Input.Team"] = team,
        ["Input.HeldOn"] = heldOn,
        ["Input.Attendees"] = attendees,
        ["Input.Notes"] = notes,
    };

    private static Dictionary<string, string> Disposition(Dictionary<string, string> form, int row, Guid measure, string first, string choice, string note = "", string action = "", string owner = "", string due = "")
    {
        var p = $"Input.Dispositions[{row}].";
        form[p + "MeasureId"] = measure.ToString();
        form[p + "SignalFirst"] = first;
        form[p + "Choice"] = choice;
        form[p + "Note"] = note;
        form[p + "ActionText"] = action;
        form[p + "ActionOwner"] = owner;
        form[p + "ActionDueOn"] = due;
        return form;
    }

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, params Guid[] discussed)
    {
        var token = Html.Token(await PageAsync("/reviews/new?team=x"));
        var fields = form.ToList();
        fields.Add(new("__RequestVerificationToken", token));
        fields.AddRange(discussed.Select(id => new KeyValuePair<string, string>("Input.MeasureIds", id.ToString())));
        return await _browser.PostAsync("/reviews/new", new FormUrlEncodedContent(fields));
    }

    private async Task<Guid> LogAsync(Dictionary<string, string> form, params Guid[] discussed)
    {
        var response = await PostAsync(form, discussed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/reviews/[0-9a-f-]{36}$", location);
        return Guid.Parse(location["/reviews/".Length..]);
    }

    /// <summary>A scan that finished with the given report, as the background worker leaves it.</summary>
    private async Task AddFinishedScanAsync(string file, string findingsJson, DateTime finishedAt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
        db.ScanJobs.Add(new ScanJob
        {
            Id = Guid.NewGuid(),
            FileName = file,
            StoredFileName = "upload.csv",
            Status = ScanJobStatus.Done,
            FindingsJson = findingsJson,
            CreatedAt = finishedAt.AddMinutes(-5),
            FinishedAt = finishedAt,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Index_Get_IsInTheNavAndOffersToPrepareAReview()
    {
        var page = await PageAsync("/reviews");

        Assert.Contains("<a href=\"/reviews\" aria-current=\"page\">Reviews</a>", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/reviews/new\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task New_Get_AgendaListsTheNewSignalAndTheOverdueMeasureAndOffersADecision()
    {
        var (shifted, shiftedName) = await ReviewData.ShiftedMeasureAsync(_browser);
        var (_, overdueName) = await ReviewData.OverdueMeasureAsync(_browser);

        var page = WebUtility.HtmlDecode(await PageAsync($"/reviews/new?team={Uri.EscapeDataString(ReviewData.Team())}"));

        // A first review looks back six months (to 23 May 2026): the concern of 2026 is still going on after it; the
        // improvement of 2025 ended before it.
        // The step to 20 is beyond the limits, a run above the average, and has pairs close to the upper limit.
        Assert.Contains(
            $"{shiftedName}: a signal of concern from 2026-01-01 to 2026-08-01 (8 values): a value beyond the natural limits, a run of values on one side of the average and two of three values close to a limit.",
            page,
            StringComparison.Ordinal);
        Assert.DoesNotContain($"{shiftedName}: a signal of improvement", page, StringComparison.Ordinal);
        Assert.Contains($"{overdueName} is reviewed weekly and was due on 8 November 2026; last discussed on 1 November 2026.", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{shifted}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-01-01\"", page, StringComparison.Ordinal);
        Assert.Contains("Being investigated", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_Get_AgendaSignalsFollowTheChartsPhases()
    {
        var (shifted, name) = await ReviewData.ShiftedMeasureAsync(_browser);
        var path = $"/reviews/new?team={Uri.EscapeDataString(ReviewData.Team())}";
        Assert.Contains($"{name}: a signal of concern", WebUtility.HtmlDecode(await PageAsync(path)), StringComparison.Ordinal);

        // The step is where the process changed: charted in two phases, each with its own limits, neither shows a signal.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
            db.SeriesSettings.Add(new SeriesSettings { MeasureId = shifted, PhaseStarts = "2026-01-01" });
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain($"{name}: a signal", WebUtility.HtmlDecode(await PageAsync(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_Get_AgendaListsTheFindingsOfFinishedScansThatReachedWatchOrAlert()
    {
        var file = $"attendances-{Guid.NewGuid():N}.csv";
        const string Findings = """
            {"findings": [
               {"code": "rushing", "title": "Rushing", "severity": "alert", "sentence": "About 900 more cases ended in the ten minutes before 4 hours than the smooth curve expects.", "effect": null, "adjustedPValue": 0.001, "caveats": []},
               {"code": "parking", "title": "Parking", "severity": "clear", "sentence": "Nothing unusual after 4 hours.", "effect": null, "adjustedPValue": 0.9, "caveats": []},
               {"code": "rework", "title": "Rework", "severity": "not-enough-data", "sentence": "Not run.", "effect": null, "adjustedPValue": null, "caveats": []}],
             "warnings": [], "mapping": {}, "counted": 1000, "excluded": 0}
            """;
        await AddFinishedScanAsync(file, Findings, new DateTime(2026, 11, 20, 9, 5, 0, DateTimeKind.Utc));

        var page = WebUtility.HtmlDecode(await PageAsync($"/reviews/new?team={Uri.EscapeDataString(ReviewData.Team())}"));

        Assert.Contains($"Scan of 20 November 2026: Rushing (alert) in {file}. About 900 more cases ended", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Parking (clear) in {file}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Rework (not-enough-data) in {file}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_Get_AScanFinishedBeforeTheLookBack_IsNotOnTheAgenda()
    {
        var file = $"old-attendances-{Guid.NewGuid():N}.csv";
        const string Findings = """
            {"findings": [{"code": "rushing", "title": "Rushing", "severity": "alert", "sentence": "Old news.", "effect": null, "adjustedPValue": 0.001, "caveats": []}],
             "warnings": [], "mapping": {}, "counted": 1000, "excluded": 0}
            """;
        // A first review looks back six months, to 23 May 2026: a scan finished that day is not new.
        await AddFinishedScanAsync(file, Findings, new DateTime(2026, 5, 23, 23, 0, 0, DateTimeKind.Utc));

        var page = WebUtility.HtmlDecode(await PageAsync($"/reviews/new?team={Uri.EscapeDataString(ReviewData.Team())}"));

        Assert.DoesNotContain(file, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RealSignalWithAction_IsLoggedAndTheRecordShowsTheDecisionAndWhy()
    {
        var (measure, name) = await ReviewData.ShiftedMeasureAsync(_browser);
        var team = ReviewData.Team();
        var form = Disposition(Meeting(team, notes: "Waits went up after the rota changed."), 0, measure, "2026-01-01", "Real", "The new weekend rota", "Ask the rota team why", "Ana", "2026-12-01");

        var id = await LogAsync(form, measure);

        var record = WebUtility.HtmlDecode(await PageAsync($"/reviews/{id}"));
        Assert.Contains($"{team}: review of 23 November 2026", record, StringComparison.Ordinal);
        var table = Regex.Match(record, "<table class=\"registry\" id=\"dispositions\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(name, table, StringComparison.Ordinal);
        Assert.Contains("2026-01-01 to 2026-08-01 (a value beyond the natural limits, a run of values on one side of the average and two of three values close to a limit)", table, StringComparison.Ordinal);
        Assert.Contains("<td class=\"disposition\">Real</td>", table, StringComparison.Ordinal);
        Assert.Contains("The new weekend rota", table, StringComparison.Ordinal);
        Assert.Contains("Ana: Ask the rota team why", table, StringComparison.Ordinal);
        // Decided, so the team's next agenda no longer asks about it; the open action is there instead.
        var next = WebUtility.HtmlDecode(await PageAsync($"/reviews/new?team={Uri.EscapeDataString(team)}"));
        Assert.DoesNotContain($"{name}: a signal of concern", next, StringComparison.Ordinal);
        Assert.Contains("Ana: Ask the rota team why. Due 1 December 2026.", next, StringComparison.Ordinal);
        Assert.Contains("(from the review log)", await PageAsync($"/measures/{measure}"), StringComparison.Ordinal);
        var series = WebUtility.HtmlDecode(await PageAsync($"/measures/{measure}/series"));
        var decisions = Regex.Match(series, "<ul id=\"decisions\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"The signal from 2026-01-01: <strong>real</strong>, at <a href=\"/reviews/{id}\">{team}'s review of 2026-11-23</a>. Why: The new weekend rota Action: Ana: Ask the rota team why", decisions, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string> BadMeetings => new()
    {
        // field changed, value, field whose message is checked, expected message
        { "Input.Team", " ", "Input.Team", "Name the team that met", "" },
        { "Input.HeldOn", "23/11/2026", "Input.HeldOn", "'23/11/2026' is not a date", "" },
        { "Input.HeldOn", "2026-12-01", "Input.HeldOn", "in the future; today is 2026-11-23", "" },
        { "Input.Attendees", "", "Input.Attendees", "Say who came", "" },
        { "Input.Actions[0].Text", "Phone the night shift", "Input.Actions[0].Owner", "Name who does the action", "" },
        { "Input.Actions[0].DueOn", "soon", "Input.Actions[0].DueOn", "'soon' is not a date", "" },
        { "Input.Dispositions[0].Choice", "Real", "Input.Dispositions[0].ActionText", "A real signal needs an action", "signal" },
        { "Input.Dispositions[0].Choice", "maybe", "Input.Dispositions[0].Choice", "'maybe' is not a disposition", "signal" },
        { "Input.Dispositions[0].SignalFirst", "2026-02-01", "Input.Dispositions[0].Choice", "has no signal beginning 2026-02-01", "signal" },
    };

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task Post_BadInput_Returns400WithTheMessageByItsFieldAndKeepsWhatWasTyped(string field, string value, string errorField, string expected, string withSignal)
    {
        var team = ReviewData.Team();
        var form = Meeting(team, notes: "Kept <as typed>");
        if (withSignal.Length > 0)
        {
            var (measure, _) = await ReviewData.ShiftedMeasureAsync(_browser);
            Disposition(form, 0, measure, "2026-01-01", "Noise", "Kept note");
        }

        form[field] = value;

        var response = await PostAsync(form);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, Html.ErrorFor(page, errorField), StringComparison.Ordinal);
        Assert.Contains("The review was not logged", page, StringComparison.Ordinal);
        Assert.Equal("Kept <as typed>", Html.ValueOf(page, "Input.Notes"));
        Assert.Equal(form["Input.Attendees"], Html.ValueOf(page, "Input.Attendees"));
        if (withSignal.Length > 0)
        {
            Assert.Equal("Kept note", Html.ValueOf(page, "Input.Dispositions[0].Note"));
        }
        else
        {
            // The binder reads a blank field as empty.
            Assert.Equal(form["Input.Team"].Trim(), Html.ValueOf(page, "Input.Team"));
        }
    }

    [Fact]
    public async Task Record_NotesWithAScript_AreShownAsText()
    {
        var id = await LogAsync(Meeting(ReviewData.Team(), attendees: "<b>Ana</b>", notes: "<script>alert(1)</script>"));

        var page = await PageAsync($"/reviews/{id}");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ana&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeverDiscussedFlag_AppearsWhenAReviewPassesTheSignalsOverAndClearsWhenOneIsDecided()
    {
        var (measure, name) = await ReviewData.ShiftedMeasureAsync(_browser);
        var team = ReviewData.Team();
        const string Flag = "Reviewed but never discussed or acted on";

        // A review on 20 November, after both signals began, that decides nothing about them.
        await LogAsync(Meeting(team, heldOn: "2026-11-20"), measure);

        var card = WebUtility.HtmlDecode(await PageAsync($"/measures/{measure}"));
        Assert.Contains(Flag, card, StringComparison.Ordinal);
        Assert.Contains("Its chart has shown 2 signals since 1 January 2025", card, StringComparison.Ordinal);
        Assert.Contains(Flag, WebUtility.HtmlDecode(await PageAsync("/measures")), StringComparison.Ordinal);
        var agenda = WebUtility.HtmlDecode(await PageAsync($"/reviews/new?team={Uri.EscapeDataString(team)}"));
        // The card has no owner, decision or formula either; the agenda gives every reason in one item.
        var item = Regex.Match(agenda, $"<li data-kind=\"Ornament\"><span class=\"kind\">Ornament:</span> {Regex.Escape(name)} shows signs of ornament\\.(.*?)</li>", RegexOptions.Singleline);
        Assert.True(item.Success, "The agenda lists no ornament item for the measure.");
        Assert.Contains("Its chart has shown 2 signals since 1 January 2025", item.Groups[1].Value, StringComparison.Ordinal);

        await LogAsync(Disposition(Meeting(team), 0, measure, "2026-01-01", "Noise", "A one-off"));

        Assert.DoesNotContain(Flag, WebUtility.HtmlDecode(await PageAsync($"/measures/{measure}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkDone_OpenAction_IsShownDoneAndLeavesTheOpenList()
    {
        var team = ReviewData.Team();
        var form = Meeting(team);
        form["Input.Actions[0].Text"] = "Check the phone queue settings";
        form["Input.Actions[0].Owner"] = "Ben";
        form["Input.Actions[0].DueOn"] = "2026-11-20";
        var id = await LogAsync(form);
        var record = await PageAsync($"/reviews/{id}");
        Assert.Contains("Overdue.", record, StringComparison.Ordinal);
        var actionId = Regex.Match(record, "name=\"actionId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var listed = WebUtility.HtmlDecode(await PageAsync("/reviews"));
        var open = listed[listed.IndexOf($">{team}</h2>", StringComparison.Ordinal)..];
        open = open[..open.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Check the phone queue settings", open, StringComparison.Ordinal);
        // Its "Mark done" button there posts with a token of its own.
        Assert.Contains("name=\"__RequestVerificationToken\"", open, StringComparison.Ordinal);
        Assert.Contains($"action=\"/reviews/{id}?handler=Done\"", open, StringComparison.Ordinal);

        var response = await _browser.PostAsync($"/reviews/{id}?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(record),
            ["actionId"] = actionId,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Done on 2026-11-23.", await PageAsync($"/reviews/{id}"), StringComparison.Ordinal);
        var teamSection = WebUtility.HtmlDecode(await PageAsync("/reviews"));
        var start = teamSection.IndexOf($">{team}</h2>", StringComparison.Ordinal);
        Assert.True(start > 0, "The team is not listed.");
        var section = teamSection[start..teamSection.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("Check the phone queue settings", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkDone_WithoutToken_IsRefused()
    {
        var response = await _browser.PostAsync($"/reviews/{Guid.NewGuid()}?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string> { ["actionId"] = Guid.NewGuid().ToString() }));

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_WithoutToken_IsRefused()
    {
        var response = await _browser.PostAsync("/reviews/new", new FormUrlEncodedContent(Meeting(ReviewData.Team())));

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Record_UnknownMeeting_Returns404()
    {
        await Html.ProblemAsync(await _browser.GetAsync($"/reviews/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Series_Get_ShowsTheLastSixWeeksBesideTheLastTwelveMonths()
    {
        var (measure, _) = await ReviewData.ShiftedMeasureAsync(_browser);

        var page = await PageAsync($"/measures/{measure}/series");

        // Monthly values to 2026-08-01: six weeks back is 20 June, so July and August; twelve months back is
        // 1 August 2025 (outside), so September 2025 to August 2026.
        Assert.Contains("<caption>Last 6 weeks: 2 values</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Last 12 months: 12 values</caption>", page, StringComparison.Ordinal);
        var weeks = Regex.Match(page, "<table class=\"window\" id=\"six-weeks\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["2026-07-01", "2026-08-01"], Regex.Matches(weeks, "<th scope=\"row\">([0-9-]+)</th>").Select(m => m.Groups[1].Value));
        Assert.Contains("concern", weeks, StringComparison.Ordinal);
        var months = Regex.Match(page, "<table class=\"window\" id=\"twelve-months\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal("2025-09-01", Regex.Matches(months, "<th scope=\"row\">([0-9-]+)</th>")[0].Groups[1].Value);
    }
}

public sealed class ReviewPagesOnSqliteTests(SqliteApp app) : ReviewPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewPagesOnPostgresTests(PostgresApp app) : ReviewPagesTests(app), IClassFixture<PostgresApp>;
