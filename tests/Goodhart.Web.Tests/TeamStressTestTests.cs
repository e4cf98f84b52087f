using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goodhart.StressTest;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>Team stress tests, the list of stress tests and their API, run on each engine by the classes at the end of the file.</summary>
public abstract class TeamStressTestTests(GoodhartAppFactory app)
{
    private const string Script = "<script>alert(1)</script>";
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static readonly Instrument Instrument = InstrumentLoader.Default;
    private static readonly int StepCount = Instrument.Dimensions.Count + 2;

    private readonly HttpClient _browser = app.Browser();

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, List<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var form = await PageAsync(path);
        var values = new List<KeyValuePair<string, string>>(fields);
        if (withToken)
        {
            values.Add(new("__RequestVerificationToken", Html.Token(form)));
        }

        return await _browser.PostAsync(path, new FormUrlEncodedContent(values));
    }

    private static Guid IdIn(HttpResponseMessage response, string pattern)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = Regex.Match(response.Headers.Location!.OriginalString, pattern);
        Assert.True(match.Success, $"Unexpected redirect {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    private async Task<Guid> CreateTeamAsync(string measure, Guid? measureId = null)
    {
        var path = measureId is { } card ? $"/stress-tests/teams/new?measureId={card}" : "/stress-tests/teams/new";
        var fields = new List<KeyValuePair<string, string>> { new("measure", measure) };
        if (measureId is { } id)
        {
            fields.Add(new("measureId", id.ToString()));
        }

        return IdIn(await PostAsync(path, fields), "^/stress-tests/teams/([0-9a-f-]{36})$");
    }

    private async Task<Guid> JoinAsync(Guid team, string role, string name = "") =>
        IdIn(await PostAsync($"/stress-tests/teams/{team}/join", [new("role", role), new("name", name)]), "^/stress-tests/([0-9a-f-]{36})/steps/1$");

    /// <summary>Answers every step of a respondent's stress test with one rating throughout.</summary>
    private async Task AnswerAllAsync(Guid id, string measure, string rating)
    {
        await PostAsync($"/stress-tests/{id}/steps/1", [new("context.measure", measure), new("go", "next")]);
        for (var step = 2; step <= StepCount; step++)
        {
            var fields = step == StepCount
                ? Instrument.Checklist.Dysfunctions.Select(d => new KeyValuePair<string, string>("dysfunction." + d.Id, rating)).ToList()
                : Instrument.Dimensions[step - 2].Items.Select(i => new KeyValuePair<string, string>("item." + i.Id, rating)).ToList();
            fields.Add(new("go", "next"));
            await PostAsync($"/stress-tests/{id}/steps/{step}", fields);
        }
    }

    /// <summary>A respondent's own dimension scores, from the API's copy of their report.</summary>
    private async Task<Dictionary<string, double>> ScoresAsync(Guid id)
    {
        var body = await _browser.GetFromJsonAsync<JsonElement>($"/api/stress-tests/{id}");
        Assert.True(body.GetProperty("stressTest").GetProperty("finished").GetBoolean());
        var result = body.GetProperty("result");
        var scores = result.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("score").GetDouble());
        scores["overall"] = result.GetProperty("overall").GetProperty("score").GetDouble();
        return scores;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The median, lowest and highest the team page shows for a dimension (or overall).</summary>
    private static (double Median, double Min, double Max) RowOf(string page, string dimension)
    {
        var row = Regex.Match(page, $"<tr data-dimension=\"{Regex.Escape(dimension)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"The team page has no row for {dimension}.");
        double Cell(string cls) => double.Parse(Regex.Match(row.Groups[1].Value, $"<td class=\"{cls}\">([^<]*)</td>").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Cell("median"), Cell("min"), Cell("max"));
    }

    private static void AssertTeamRows(string page, IReadOnlyList<Dictionary<string, double>> respondents)
    {
        foreach (var dimension in Instrument.Dimensions.Select(d => d.Id).Append("overall"))
        {
            var scores = respondents.Select(r => r[dimension]).ToList();
            var (median, min, max) = RowOf(page, dimension);
            // The page shows whole numbers: each within rounding of the median, lowest and highest worked out here.
            Assert.Equal(Median(scores), median, 0.5 + 1e-9);
            Assert.Equal(scores.Min(), min, 0.5 + 1e-9);
            Assert.Equal(scores.Max(), max, 0.5 + 1e-9);
        }
    }

    [Fact]
    public async Task TeamPage_AfterTwoThenThreeRespondents_ShowsTheirMediansSpreadAndRoleGaps()
    {
        var measure = Unique("Discharges before noon");
        var team = await CreateTeamAsync(measure);

        var empty = await PageAsync($"/stress-tests/teams/{team}");
        Assert.Contains($"/stress-tests/teams/{team}/join", empty, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting\"", empty, StringComparison.Ordinal);

        var frontline = await JoinAsync(team, "Frontline", "Ana");
        await AnswerAllAsync(frontline, measure, "4");
        var oneDone = await PageAsync($"/stress-tests/teams/{team}");
        Assert.Contains("<strong>1</strong> finished, <strong>0</strong> still answering", oneDone, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting\"", oneDone, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await _browser.GetAsync($"/stress-tests/teams/{team}/report.json")).StatusCode);

        // The manager types another measure name on the first step: the team's measure still holds.
        var manager = await JoinAsync(team, "manager");
        await AnswerAllAsync(manager, "Something else", "0");
        var analyst = await JoinAsync(team, "analyst");

        Assert.Contains($"id=\"team-link\" href=\"/stress-tests/teams/{team}\"", await PageAsync($"/stress-tests/{manager}/result"), StringComparison.Ordinal);
        var two = await PageAsync($"/stress-tests/teams/{team}");
        var scores = new List<Dictionary<string, double>> { await ScoresAsync(frontline), await ScoresAsync(manager) };
        Assert.Contains("<strong>2</strong> finished, <strong>1</strong> still answering", two, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"waiting\"", two, StringComparison.Ordinal);
        AssertTeamRows(two, scores);
        // All 4s score 100 and all 0s score 0 (see StressTestPagesTests), so the median of the two is 50 everywhere.
        Assert.Equal(50, RowOf(two, "overall").Median, 0.5);
        Assert.Contains("<svg", two, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Median of frontline</th>", two, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Median of manager</th>", two, StringComparison.Ordinal);
        var gaps = Regex.Match(two, "<ul id=\"role-gaps\">(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(gaps.Success, "Frontline at 100 and the manager at 0 are bands apart.");
        Assert.Contains("frontline sees 100, manager sees 0", gaps.Groups[1].Value, StringComparison.Ordinal);

        await AnswerAllAsync(analyst, measure, "2");
        var three = await PageAsync($"/stress-tests/teams/{team}");
        scores.Add(await ScoresAsync(analyst));
        Assert.Contains("<strong>3</strong> finished, <strong>0</strong> still answering", three, StringComparison.Ordinal);
        AssertTeamRows(three, scores);
        Assert.Contains("<th scope=\"col\">Median of analyst</th>", three, StringComparison.Ordinal);
        // The chart is inline SVG with nothing a CSP without 'unsafe-inline' would block.
        Assert.DoesNotContain("<style", three, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", three, StringComparison.OrdinalIgnoreCase);

        var json = JsonDocument.Parse(await _browser.GetStringAsync($"/stress-tests/teams/{team}/report.json")).RootElement;
        Assert.Equal("team-stress-test", json.GetProperty("kind").GetString());
        Assert.Equal(measure, json.GetProperty("measure").GetProperty("name").GetString());
        Assert.Equal(Median(scores.Select(s => s["overall"]).ToList()), json.GetProperty("overall").GetProperty("score").GetDouble(), 0.01);
        var pdf = await _browser.GetAsync($"/stress-tests/teams/{team}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Contains(measure, await _browser.GetStringAsync($"/stress-tests/teams/{team}/report.md"), StringComparison.Ordinal);

        var api = await _browser.GetFromJsonAsync<JsonElement>($"/api/stress-tests/teams/{team}");
        Assert.Equal(3, api.GetProperty("team").GetProperty("finished").GetInt32());
        // By role: analyst, frontline, manager.
        Assert.Equal([null, "Ana", null], api.GetProperty("respondents").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(RowOf(three, "overall").Median, api.GetProperty("result").GetProperty("overall").GetProperty("score").GetDouble(), 0.5);
    }

    [Fact]
    public async Task Join_WithoutARole_Is400WithTheNameKept()
    {
        var team = await CreateTeamAsync(Unique("Bed occupancy"));

        var response = await PostAsync($"/stress-tests/teams/{team}/join", [new("role", "  "), new("name", "Ola Nordmann")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Give your role", Html.ErrorFor(page, "role"), StringComparison.Ordinal);
        Assert.Equal("Ola Nordmann", Html.ValueOf(page, "name"));
    }

    [Fact]
    public async Task Join_RoleTooLong_Is400WithTheRoleKept()
    {
        var team = await CreateTeamAsync(Unique("Bed occupancy"));
        var role = new string('r', 51);

        var response = await PostAsync($"/stress-tests/teams/{team}/join", [new("role", role), new("name", "")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The role is 51 characters long; at most 50 are kept.", Html.ErrorFor(page, "role"));
        Assert.Equal(role, Html.ValueOf(page, "role"));
    }

    [Fact]
    public async Task NewTeam_WithoutAMeasure_Is400()
    {
        var response = await PostAsync("/stress-tests/teams/new", [new("measure", "")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Name the measure the team will stress-test.", Html.ErrorFor(page, "measure"));
    }

    [Fact]
    public async Task NewTeam_ForACardDeletedMeanwhile_Is400WithTheNameKept()
    {
        var name = Unique("Gone");
        var created = await _browser.PostAsJsonAsync("/api/measures", new { name });
        var card = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var form = await PageAsync($"/stress-tests/teams/new?measureId={card}");
        Assert.Equal(name, Html.ValueOf(form, "measure"));
        Assert.Equal(HttpStatusCode.NoContent, (await _browser.DeleteAsync($"/api/measures/{card}")).StatusCode);

        var response = await _browser.PostAsync($"/stress-tests/teams/new?measureId={card}", new FormUrlEncodedContent(
            [new("measure", name), new("measureId", card.ToString()), new("__RequestVerificationToken", Html.Token(form))]));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The measure card this form came from is no longer in the registry", Html.ErrorFor(page, "measure"), StringComparison.Ordinal);
        Assert.Equal(name, Html.ValueOf(page, "measure"));
    }

    [Fact]
    public async Task RespondentWithScriptAsRoleAndName_IsShownAsText()
    {
        var measure = Unique("Script team");
        var team = await CreateTeamAsync(measure);
        var first = await JoinAsync(team, Script, Script);
        var second = await JoinAsync(team, "manager", Script);
        await AnswerAllAsync(first, measure, "3");
        await AnswerAllAsync(second, measure, "1");

        var page = await PageAsync($"/stress-tests/teams/{team}");

        Assert.Contains($"<td>{EncodedScript}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"Median of {EncodedScript}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Card_ListsItsStressTests_AndTheListShowsThemAll()
    {
        var name = Unique("Readmissions");
        var created = await _browser.PostAsJsonAsync("/api/measures", new { name });
        var card = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var team = await CreateTeamAsync(name, card);
        // Started by name alone: the card with exactly that name is the one it belongs to.
        var single = IdIn(await PostAsync("/stress-tests/new", [new("measure", name), new("role", "analyst")]), "^/stress-tests/([0-9a-f-]{36})/steps/1$");

        var page = await PageAsync($"/measures/{card}");
        Assert.Contains($"href=\"/stress-tests/teams/{team}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stress-tests/{single}/steps/1\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stress-tests/new?measureId={card}\"", page, StringComparison.Ordinal);

        var list = await PageAsync("/stress-tests");
        Assert.Contains($"href=\"/stress-tests/teams/{team}\">{name}</a>", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stress-tests/{single}/steps/1\">{name}</a>", list, StringComparison.Ordinal);

        var api = await _browser.GetFromJsonAsync<JsonElement>("/api/stress-tests");
        var entry = api.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == single);
        Assert.Equal(card, entry.GetProperty("measureId").GetGuid());
        Assert.False(entry.GetProperty("finished").GetBoolean());
        var teams = await _browser.GetFromJsonAsync<JsonElement>("/api/stress-tests/teams");
        Assert.Equal(card, teams.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == team).GetProperty("measureId").GetGuid());
    }

    [Fact]
    public async Task Api_GetStressTest_ResultOnlyOnceFinished()
    {
        var measure = Unique("Api measure");
        var id = IdIn(await PostAsync("/stress-tests/new", [new("measure", measure), new("role", "")]), "^/stress-tests/([0-9a-f-]{36})/steps/1$");

        var open = await _browser.GetFromJsonAsync<JsonElement>($"/api/stress-tests/{id}");
        Assert.Equal(1, open.GetProperty("nextStep").GetInt32());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("result").ValueKind);

        await AnswerAllAsync(id, measure, "4");
        var done = await _browser.GetFromJsonAsync<JsonElement>($"/api/stress-tests/{id}");
        Assert.Equal(JsonValueKind.Null, done.GetProperty("nextStep").ValueKind);
        Assert.Equal("stress-test", done.GetProperty("result").GetProperty("kind").GetString());
        Assert.Equal(100, done.GetProperty("result").GetProperty("overall").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Api_CreateTeam_201Or400WithTheField()
    {
        var created = await _browser.PostAsJsonAsync("/api/stress-tests/teams", new { measure = Unique("Api team") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/stress-tests/teams/{body.GetProperty("id").GetGuid()}", created.Headers.Location?.OriginalString);
        Assert.EndsWith($"/stress-tests/teams/{body.GetProperty("id").GetGuid()}/join", body.GetProperty("joinLink").GetString(), StringComparison.Ordinal);

        var bad = await _browser.PostAsJsonAsync("/api/stress-tests/teams", new { measure = "", measureId = Guid.NewGuid() });
        var problem = await Html.ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("measure", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("measureId", out _));
    }

    [Fact]
    public async Task UnknownTeam_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync($"/stress-tests/teams/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync($"/stress-tests/teams/{Guid.NewGuid()}/join")).StatusCode);
        await Html.ProblemAsync(await _browser.GetAsync($"/stress-tests/teams/{Guid.NewGuid()}/report.pdf"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _browser.GetAsync($"/api/stress-tests/teams/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _browser.GetAsync($"/api/stress-tests/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DescribesTheStressTestEndpoints()
    {
        var document = await _browser.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["ListStressTests", "GetStressTest", "ListTeamStressTests", "CreateTeamStressTest", "GetTeamStressTest"],
            new[]
            {
                paths.GetProperty("/api/stress-tests").GetProperty("get"),
                paths.GetProperty("/api/stress-tests/{id}").GetProperty("get"),
                paths.GetProperty("/api/stress-tests/teams").GetProperty("get"),
                paths.GetProperty("/api/stress-tests/teams").GetProperty("post"),
                paths.GetProperty("/api/stress-tests/teams/{id}").GetProperty("get"),
            }.Select(o => o.GetProperty("operationId").GetString()));
    }
}

public sealed class TeamStressTestOnSqliteTests(SqliteApp app) : TeamStressTestTests(app), IClassFixture<SqliteApp>;

public sealed class TeamStressTestOnPostgresTests(PostgresApp app) : TeamStressTestTests(app), IClassFixture<PostgresApp>;
