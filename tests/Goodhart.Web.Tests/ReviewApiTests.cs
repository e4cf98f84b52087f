using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The JSON API for reviews, run on each engine by the classes at the end of the file.</summary>
public abstract class ReviewApiTests(GoodhartAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Agenda_NewTeam_ListsTheNewSignalWithItsFirstPeriod()
    {
        var (measure, _) = await ReviewData.ShiftedMeasureAsync(_client);

        var agenda = await _client.GetFromJsonAsync<JsonElement>($"/api/reviews/agenda?team={Uri.EscapeDataString(ReviewData.Team())}");

        Assert.True(agenda.GetProperty("firstMeeting").GetBoolean());
        Assert.Equal("2026-05-23", agenda.GetProperty("since").GetString());
        var item = Assert.Single(agenda.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "NewSignal" && i.GetProperty("measureId").GetGuid() == measure);
        Assert.Equal(("2026-01-01", "2026-08-01"), (item.GetProperty("signalFirst").GetString(), item.GetProperty("signalLast").GetString()));
    }

    [Fact]
    public async Task Post_Review_Returns201AndCanBeReadBackAndListedByTeam()
    {
        var (measure, name) = await ReviewData.ShiftedMeasureAsync(_client);
        var team = ReviewData.Team();

        var response = await _client.PostAsJsonAsync("/api/reviews", new
        {
            team,
            heldOn = "2026-11-23",
            attendees = "Ana, Ben",
            notes = "Short meeting.",
            measureIds = new[] { measure },
            dispositions = new[] { new { measureId = measure, signalFirst = "2026-01-01", disposition = "Investigating", note = "Nobody knows yet", action = new { text = "Look at the rota", owner = "Ana", dueOn = "2026-12-01" } } },
            actions = new[] { new { text = "Book the next review", owner = "Ben", dueOn = "2026-11-30" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/reviews/{id}", response.Headers.Location?.OriginalString);
        var read = await _client.GetFromJsonAsync<JsonElement>($"/api/reviews/{id}");
        Assert.Equal((team, "2026-11-23", "Ana, Ben", "Short meeting."), (read.GetProperty("team").GetString(), read.GetProperty("heldOn").GetString(), read.GetProperty("attendees").GetString(), read.GetProperty("notes").GetString()));
        Assert.Equal(name, Assert.Single(read.GetProperty("measures").EnumerateArray()).GetProperty("name").GetString());
        var disposition = Assert.Single(read.GetProperty("dispositions").EnumerateArray());
        Assert.Equal(("Investigating", "2026-01-01", "2026-08-01", "Nobody knows yet"), (disposition.GetProperty("disposition").GetString(), disposition.GetProperty("signalFirst").GetString(), disposition.GetProperty("signalLast").GetString(), disposition.GetProperty("note").GetString()));
        Assert.Contains("shift", disposition.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        var actions = read.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Book the next review", "Look at the rota"], actions.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(actions[1].GetProperty("id").GetGuid(), disposition.GetProperty("actionId").GetGuid());
        var listed = await _client.GetFromJsonAsync<JsonElement>($"/api/reviews?team={Uri.EscapeDataString(team.ToUpperInvariant())}");
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Post_BadReview_Returns400WithEveryProblemByField()
    {
        var (measure, _) = await ReviewData.ShiftedMeasureAsync(_client);
        var json = $$"""
            {"team": "", "heldOn": "2026-12-24", "attendees": "Ana",
             "dispositions": [{"measureId": "{{measure}}", "signalFirst": "2026-01-01", "disposition": "Real"}],
             "actions": [{"text": "Something", "dueOn": "2026-12-01"}]}
            """;

        var response = await _client.PostAsync("/api/reviews", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("Name the team", errors.GetProperty("team")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("in the future", errors.GetProperty("heldOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("A real signal needs an action", errors.GetProperty("dispositions[0].action.text")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Name who does the action", errors.GetProperty("actions[0].owner")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DispositionWithoutAChoice_Returns400()
    {
        var (measure, _) = await ReviewData.ShiftedMeasureAsync(_client);

        var response = await _client.PostAsJsonAsync("/api/reviews", new { team = ReviewData.Team(), heldOn = "2026-11-23", attendees = "Ana", dispositions = new[] { new { measureId = measure, signalFirst = "2026-01-01" } } });

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Give the disposition: Noise, Investigating or Real.", problem.GetProperty("errors").GetProperty("dispositions[0].disposition")[0].GetString());
    }

    [Fact]
    public async Task Done_OpenAction_Returns200AndStaysDone()
    {
        var created = await (await _client.PostAsJsonAsync("/api/reviews", new
        {
            team = ReviewData.Team(),
            heldOn = "2026-11-16",
            attendees = "Ana",
            actions = new[] { new { text = "Check the queue", owner = "Ana", dueOn = "2026-11-20" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var action = created.GetProperty("actions")[0].GetProperty("id").GetGuid();
        Assert.False(created.GetProperty("actions")[0].GetProperty("done").GetBoolean());

        var response = await _client.PostAsync($"/api/reviews/{id}/actions/{action}/done", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var done = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, "2026-11-23"), (done.GetProperty("done").GetBoolean(), done.GetProperty("doneOn").GetString()));
        var read = await _client.GetFromJsonAsync<JsonElement>($"/api/reviews/{id}");
        Assert.True(read.GetProperty("actions")[0].GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task UnknownReviewOrAction_Returns404Problems()
    {
        await Html.ProblemAsync(await _client.GetAsync($"/api/reviews/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _client.PostAsync($"/api/reviews/{Guid.NewGuid()}/actions/{Guid.NewGuid()}/done", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryReviewOperation()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["ListReviews", "CreateReview", "GetAgenda", "GetReview", "MarkActionDone"],
            new[]
            {
                paths.GetProperty("/api/reviews").GetProperty("get"),
                paths.GetProperty("/api/reviews").GetProperty("post"),
                paths.GetProperty("/api/reviews/agenda").GetProperty("get"),
                paths.GetProperty("/api/reviews/{id}").GetProperty("get"),
                paths.GetProperty("/api/reviews/{id}/actions/{actionId}/done").GetProperty("post"),
            }.Select(o => o.GetProperty("operationId").GetString()));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ReviewRequest", out _));
    }
}

public sealed class ReviewApiOnSqliteTests(SqliteApp app) : ReviewApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewApiOnPostgresTests(PostgresApp app) : ReviewApiTests(app), IClassFixture<PostgresApp>;
