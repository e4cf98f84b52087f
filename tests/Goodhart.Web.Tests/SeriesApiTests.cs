using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The JSON API for series, run on each engine by the classes at the end of the file.</summary>
public abstract class SeriesApiTests(GoodhartAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<Guid> CreateAsync(string direction = "Increase")
    {
        var response = await _client.PostAsJsonAsync("/api/measures", new { name = $"Calls {Guid.NewGuid():N}", direction });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Get_EmptySeries_ReturnsNoPointsAndNoChart()
    {
        var id = await CreateAsync();

        var series = await _client.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");

        Assert.Equal(id, series.GetProperty("measureId").GetGuid());
        Assert.Equal(0, series.GetProperty("points").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, series.GetProperty("chart").ValueKind);
    }

    [Fact]
    public async Task Post_Point_Returns201AndTheSeriesHasIt()
    {
        var id = await CreateAsync();

        var response = await _client.PostAsJsonAsync($"/api/measures/{id}/series", new { period = "2026-03-01", value = 0.25, denominator = 80 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/measures/{id}/series", response.Headers.Location?.OriginalString);
        var series = await _client.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");
        var point = Assert.Single(series.GetProperty("points").EnumerateArray());
        Assert.Equal("2026-03-01", point.GetProperty("period").GetString());
        Assert.Equal(0.25, point.GetProperty("value").GetDouble());
        Assert.Equal(80, point.GetProperty("denominator").GetDouble());
    }

    [Fact]
    public async Task Post_ShiftedSeries_ChartShowsTheStepUpAsImprovementWhenHigherIsBetter()
    {
        var id = await CreateAsync(direction: "Increase");
        for (var i = 0; i < SeriesPagesTests.Shifted.Length; i++)
        {
            var period = new DateOnly(2025, 1, 1).AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var response = await _client.PostAsJsonAsync($"/api/measures/{id}/series", new { period, value = SeriesPagesTests.Shifted[i] });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var chart = (await _client.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series")).GetProperty("chart");

        Assert.Equal("special-cause-improvement", chart.GetProperty("variation").GetString());
        Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("variationText").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("falseAlarm").GetString()));
        var signals = chart.GetProperty("signals").EnumerateArray().ToList();
        Assert.Contains(signals, s => s.GetProperty("period").GetString() == "2026-01-01" && s.GetProperty("kind").GetString() == "improvement");
        // The first year, all below the centre line of the whole series, is a shift the worrying way.
        Assert.Contains(signals, s => s.GetProperty("period").GetString() == "2025-01-01" && s.GetProperty("kind").GetString() == "concern");
    }

    [Theory]
    [InlineData("{\"period\":\"2026-03-01\"}", "value")]
    [InlineData("{\"value\":3}", "period")]
    [InlineData("{\"period\":\"2026-03-01\",\"value\":3,\"denominator\":0}", "denominator")]
    public async Task Post_MissingOrBadField_Returns400NamingTheField(string json, string field)
    {
        var id = await CreateAsync();

        var response = await _client.PostAsync($"/api/measures/{id}/series", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}: {problem}");
    }

    [Theory]
    [InlineData("{\"period\":\"2026-13-45\",\"value\":3}")]
    [InlineData("{\"period\":\"2026-03-01\",\"value\":\"three\"}")]
    public async Task Post_UnreadableDateOrNumber_Returns400Problem(string json)
    {
        var id = await CreateAsync();

        var response = await _client.PostAsync($"/api/measures/{id}/series", new StringContent(json, Encoding.UTF8, "application/json"));

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_SamePeriodTwice_Returns400OnPeriod()
    {
        var id = await CreateAsync();
        await _client.PostAsJsonAsync($"/api/measures/{id}/series", new { period = "2026-03-01", value = 3 });

        var response = await _client.PostAsJsonAsync($"/api/measures/{id}/series", new { period = "2026-03-01", value = 4 });

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("already has a value", problem.GetProperty("errors").GetProperty("period")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAndPost_UnknownMeasure_Return404Problem()
    {
        var unknown = Guid.NewGuid();

        await Html.ProblemAsync(await _client.GetAsync($"/api/measures/{unknown}/series"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _client.PostAsJsonAsync($"/api/measures/{unknown}/series", new { period = "2026-03-01", value = 3 }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheSeriesOperations()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var series = document.GetProperty("paths").GetProperty("/api/measures/{id}/series");
        Assert.Equal("GetSeries", series.GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("AppendToSeries", series.GetProperty("post").GetProperty("operationId").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("SeriesPointRequest", out _));
    }
}

public sealed class SeriesApiOnSqliteTests(SqliteApp app) : SeriesApiTests(app), IClassFixture<SqliteApp>;

public sealed class SeriesApiOnPostgresTests(PostgresApp app) : SeriesApiTests(app), IClassFixture<PostgresApp>;
