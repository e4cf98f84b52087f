using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The JSON API for measures, run on each engine by the classes at the end of the file.</summary>
public abstract class MeasureApiTests(GoodhartAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private async Task<JsonElement> CreateAsync(object body)
    {
        var response = await _client.PostAsJsonAsync("/api/measures", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Post_FullCard_Returns201WithLocationEveryFieldAndHealth()
    {
        var balancing = await CreateAsync(new { name = Unique("Repeat calls") });
        var name = Unique("Calls answered in 20 s");

        var response = await _client.PostAsJsonAsync("/api/measures", new
        {
            name,
            definition = "Share of calls offered that a person answers within twenty seconds",
            formula = "answered within 20 s / offered",
            unit = "%",
            direction = "Increase",
            owner = "Ana Løvlie",
            cadence = "Fortnightly",
            lastReviewedOn = "2026-11-16",
            purpose = "Callers reach a person quickly.",
            behaviourToReinforce = "Pick up quickly, stay as long as needed.",
            decisionInformed = "Rostering each shift",
            outcome = "Callers giving up",
            outcomeAim = "Prevent",
            timing = "Leading",
            role = "Process",
            targetValue = 95.5,
            targetRationale = "Commissioner's standard",
            targetAttachment = "LeagueTable",
            balancingMeasureIds = new[] { balancing.GetProperty("id").GetGuid() },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var card = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal($"/api/measures/{id}", response.Headers.Location?.ToString());
        Assert.Equal(name, card.GetProperty("name").GetString());
        Assert.Equal("Increase", card.GetProperty("direction").GetString());
        Assert.Equal("Fortnightly", card.GetProperty("cadence").GetString());
        Assert.Equal("2026-11-16", card.GetProperty("lastReviewedOn").GetString());
        Assert.Equal(GoodhartAppFactory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), card.GetProperty("createdOn").GetString());
        Assert.Equal("Prevent", card.GetProperty("outcomeAim").GetString());
        Assert.Equal("Leading", card.GetProperty("timing").GetString());
        Assert.Equal("Process", card.GetProperty("role").GetString());
        Assert.Equal(95.5, card.GetProperty("targetValue").GetDouble(), 12);
        Assert.Equal("LeagueTable", card.GetProperty("targetAttachment").GetString());
        Assert.Equal(balancing.GetProperty("id").GetGuid(), card.GetProperty("balancingMeasureIds")[0].GetGuid());
        Assert.True(card.GetProperty("healthy").GetBoolean());
        Assert.Equal(0, card.GetProperty("healthFlags").GetArrayLength());
    }

    [Fact]
    public async Task Post_BareName_FlagsOrnamentWithReasons()
    {
        var card = await CreateAsync(new { name = Unique("Bare"), targetValue = 4, targetAttachment = "Pay" });

        Assert.False(card.GetProperty("healthy").GetBoolean());
        var kinds = card.GetProperty("healthFlags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["NoOwner", "NoDecision", "TargetWithoutBalancing", "VagueDefinition"], kinds);
        Assert.All(card.GetProperty("healthFlags").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task GetListGetOnePutDelete_FollowTheCardThroughItsLife()
    {
        var created = await CreateAsync(new { name = Unique("Life") });
        var id = created.GetProperty("id").GetGuid();

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/measures");
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);

        var one = await _client.GetFromJsonAsync<JsonElement>($"/api/measures/{id}");
        Assert.Equal(created.GetProperty("name").GetString(), one.GetProperty("name").GetString());

        var renamed = Unique("Renamed");
        var put = await _client.PutAsJsonAsync($"/api/measures/{id}", new { name = renamed, owner = "Ben", cadence = "Monthly" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((renamed, "Ben", "Monthly"), (updated.GetProperty("name").GetString(), updated.GetProperty("owner").GetString(), updated.GetProperty("cadence").GetString()));
        Assert.Equal(created.GetProperty("createdOn").GetString(), updated.GetProperty("createdOn").GetString());

        var delete = await _client.DeleteAsync($"/api/measures/{id}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await Html.ProblemAsync(await _client.GetAsync($"/api/measures/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_InvalidFields_Returns400WithEveryFieldAndAReadableDetail()
    {
        var response = await _client.PostAsJsonAsync("/api/measures", new { name = " ", cadence = "Daily", targetAttachment = "Pay", lastReviewedOn = "2027-01-01", balancingMeasureIds = new[] { Guid.NewGuid() } });

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("Give the measure a name", errors.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'Daily' is not one of the choices; use Weekly, Fortnightly, Monthly, Quarterly, Yearly", errors.GetProperty("cadence")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no target is given", errors.GetProperty("targetValue")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("is in the future", errors.GetProperty("lastReviewedOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("link only measures in the registry", errors.GetProperty("balancingMeasureIds")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DuplicateName_Returns400NamingTheClash()
    {
        var name = Unique("Twice");
        await CreateAsync(new { name });

        var response = await _client.PostAsJsonAsync("/api/measures", new { name = name.ToUpperInvariant() });

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("is already in the registry", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_LinkToItself_Returns400()
    {
        var id = (await CreateAsync(new { name = Unique("Self") })).GetProperty("id").GetGuid();

        var response = await _client.PutAsJsonAsync($"/api/measures/{id}", new { name = Unique("Self"), balancingMeasureIds = new[] { id } });

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("cannot balance itself", problem.GetProperty("errors").GetProperty("balancingMeasureIds")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":", "$.name")]
    [InlineData("{\"name\":\"x\",\"targetValue\":\"ninety\"}", "$.targetValue")]
    [InlineData("[1,2]", "$")]
    public async Task Post_UnreadableJson_Returns400SayingWhere(string body, string path)
    {
        var response = await _client.PostAsync("/api/measures", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(path, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotJson_Returns415Problem()
    {
        var response = await _client.PostAsync("/api/measures", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await Html.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PutDeleteGet_UnknownId_Return404Problem()
    {
        var id = Guid.NewGuid();

        var get = await Html.ProblemAsync(await _client.GetAsync($"/api/measures/{id}"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _client.PutAsJsonAsync($"/api/measures/{id}", new { name = "x" }), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _client.DeleteAsync($"/api/measures/{id}"), HttpStatusCode.NotFound);
        Assert.Contains(id.ToString(), get.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteAndMethod_Return404And405Problems()
    {
        await Html.ProblemAsync(await _client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _client.PatchAsync("/api/measures", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryMeasureOperation()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/measures");
        var one = paths.GetProperty("/api/measures/{id}");
        Assert.Equal(
            ["ListMeasures", "CreateMeasure", "GetMeasure", "UpdateMeasure", "DeleteMeasure"],
            new[] { list.GetProperty("get"), list.GetProperty("post"), one.GetProperty("get"), one.GetProperty("put"), one.GetProperty("delete") }
                .Select(o => o.GetProperty("operationId").GetString()));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("MeasureRequest", out _));
        Assert.Equal("Goodhart API", document.GetProperty("info").GetProperty("title").GetString());
    }
}

public sealed class MeasureApiOnSqliteTests(SqliteApp app) : MeasureApiTests(app), IClassFixture<SqliteApp>;

public sealed class MeasureApiOnPostgresTests(PostgresApp app) : MeasureApiTests(app), IClassFixture<PostgresApp>;
