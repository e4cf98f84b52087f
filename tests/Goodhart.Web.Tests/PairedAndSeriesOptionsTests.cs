using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goodhart.Store;
using Goodhart.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goodhart.Web.Tests;

/// <summary>
/// The paired-measures page and the series page's chart options, value edits and kept false-alarm figures, run on
/// each engine by the classes at the end of the file. <see cref="SeriesPagesTests.Shifted"/> is a clear step up after
/// twelve months; <see cref="Flat"/> repeats the first year's pattern and has no signal.
/// </summary>
public abstract class PairedAndSeriesOptionsTests(GoodhartAppFactory app)
{
    private const string Script = "<script>alert(1)</script>";
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static readonly double[] Flat = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 10, 11, 9, 10, 12, 9, 10, 11];

    private readonly HttpClient _browser = app.Browser();

    private async Task<Guid> CreateAsync(string name, string direction, params Guid[] balancedBy)
    {
        var response = await _browser.PostAsJsonAsync("/api/measures", new { name = $"{name} {Guid.NewGuid():N}", direction, balancingMeasureIds = balancedBy });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task UploadAsync(Guid id, double[] values)
    {
        var csv = new StringBuilder("month,value\n");
        for (var i = 0; i < values.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2025, 1, 1).AddMonths(i):yyyy-MM-dd},{values[i]}\n");
        }

        var token = Html.Token(await PageAsync($"/measures/{id}/series"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("month"), "Upload.DateColumn" },
            { new StringContent("value"), "Upload.ValueColumn" },
            { new StringContent(""), "Upload.DenominatorColumn" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "Upload.File", "values.csv" },
        };
        var response = await _browser.PostAsync($"/measures/{id}/series?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostSeriesAsync(Guid id, string handler, Dictionary<string, string> fields)
    {
        var token = Html.Token(await PageAsync($"/measures/{id}/series"));
        fields["__RequestVerificationToken"] = token;
        return await _browser.PostAsync($"/measures/{id}/series?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Task<HttpResponseMessage> OptionsAsync(Guid id, string chart, string baseline, string phases) =>
        PostSeriesAsync(id, "Options", new() { ["Options.Chart"] = chart, ["Options.Baseline"] = baseline, ["Options.PhaseStarts"] = phases });

    private static string? VerdictOf(string page, int pair)
    {
        var match = Regex.Match(page, $"id=\"finding-{pair}\" data-verdict=\"([A-Za-z]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [Fact]
    public async Task Paired_MeasureImprovesWhileBalancingWorsens_ShowsBothChartsAndTheFinding()
    {
        // Calls answered quickly went up (good) while repeat calls went up too (bad).
        var balancing = await CreateAsync("Repeat calls " + Script, "Decrease");
        var measure = await CreateAsync("Calls answered in 20 s", "Increase", balancing);
        await UploadAsync(measure, SeriesPagesTests.Shifted);
        await UploadAsync(balancing, SeriesPagesTests.Shifted);

        var card = await PageAsync($"/measures/{measure}");
        Assert.Contains($"href=\"/measures/{measure}/paired\"", card, StringComparison.Ordinal);
        var page = await PageAsync($"/measures/{measure}/paired");

        Assert.Equal("ImprovedAtACost", VerdictOf(page, 0));
        Assert.Contains("<strong>Improved at a cost? </strong>", page, StringComparison.Ordinal);
        Assert.Contains("while its balancing measure Repeat calls " + EncodedScript, page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(page, "<svg").Count);
        Assert.DoesNotContain(" style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paired_BalancingStaysFlat_ShowsNoFinding()
    {
        var balancing = await CreateAsync("Readmissions", "Decrease");
        var measure = await CreateAsync("Discharges before noon", "Increase", balancing);
        await UploadAsync(measure, SeriesPagesTests.Shifted);
        await UploadAsync(balancing, Flat);

        var page = await PageAsync($"/measures/{measure}/paired");

        Assert.Equal("NoConflict", VerdictOf(page, 0));
        Assert.DoesNotContain("Improved at a cost?", page, StringComparison.Ordinal);
        Assert.Contains("shows no sign of getting worse", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paired_BalancingWithoutValues_ShowsItsChartMissingAndNoFinding()
    {
        var balancing = await CreateAsync("Readmissions", "Decrease");
        var measure = await CreateAsync("Discharges before noon", "Increase", balancing);
        await UploadAsync(measure, SeriesPagesTests.Shifted);

        var page = await PageAsync($"/measures/{measure}/paired");

        Assert.Null(VerdictOf(page, 0));
        Assert.Contains($"href=\"/measures/{balancing}/series\">Add them on its series page", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paired_WithoutBalancingMeasure_SaysSo_AndUnknownMeasureIs404()
    {
        var measure = await CreateAsync("Alone", "Increase");

        Assert.Contains("id=\"no-balancing\"", await PageAsync($"/measures/{measure}/paired"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync($"/measures/{Guid.NewGuid()}/paired")).StatusCode);
    }

    [Fact]
    public async Task Options_PhaseAtTheStep_GivesEachSideItsOwnLimitsAndNoSignal()
    {
        var id = await CreateAsync("Waits", "Decrease");
        await UploadAsync(id, SeriesPagesTests.Shifted);
        Assert.Contains("<ul id=\"signals\">", await PageAsync($"/measures/{id}/series"), StringComparison.Ordinal);

        var response = await OptionsAsync(id, "i", "", "2026-01-01");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await PageAsync($"/measures/{id}/series");
        // Each year on its own limits: neither has a run of seven on one side nor a point beyond its limits.
        Assert.Contains("id=\"signals\">No signal", page, StringComparison.Ordinal);
        Assert.Equal("2026-01-01", Html.ValueOf(page, "Options.PhaseStarts"));
        Assert.Equal("i", Html.SelectedOf(page, "Options.Chart"));
    }

    [Fact]
    public async Task Options_RunChartWithBaseline_IsKeptAndShown()
    {
        var id = await CreateAsync("Waits", "Decrease");
        await UploadAsync(id, SeriesPagesTests.Shifted);

        Assert.Equal(HttpStatusCode.Redirect, (await OptionsAsync(id, "run", "12", "")).StatusCode);
        var page = await PageAsync($"/measures/{id}/series");

        Assert.Equal("run", Html.SelectedOf(page, "Options.Chart"));
        Assert.Equal("12", Html.ValueOf(page, "Options.Baseline"));
        var api = await _browser.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");
        Assert.NotEqual(JsonValueKind.Null, api.GetProperty("chart").ValueKind);
    }

    [Fact]
    public async Task Options_CChartOnANegativeValue_SaysWhichPeriodIsLeftOut()
    {
        var id = await CreateAsync("Falls", "Decrease");
        await UploadAsync(id, [.. Flat[..^1], -1]);

        Assert.Equal(HttpStatusCode.Redirect, (await OptionsAsync(id, "c", "", "")).StatusCode);
        var page = await PageAsync($"/measures/{id}/series");

        Assert.Contains("<div class=\"notice\" id=\"notes\">", page, StringComparison.Ordinal);
        Assert.Contains("2026-08-01", Regex.Match(page, "<div class=\"notice\" id=\"notes\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("a count cannot be negative (-1)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p", "", "", "Options.Chart", "A P chart divides each value by its denominator, and this series has none. Upload the series with a denominator column, or choose the XmR, run or C chart.")]
    [InlineData("zz", "", "", "Options.Chart", "'zz' is not a chart this page draws; choose one of i, run, c, p, pp, u, up.")]
    [InlineData("i", "5", "", "Options.Baseline", "A baseline of 5 periods is too short to fix limits on; it needs at least 12.")]
    [InlineData("i", "twelve", "", "Options.Baseline", "'twelve' is not a whole number of periods; leave it empty to work the limits out on every value.")]
    [InlineData("i", "", "2026-13-01", "Options.PhaseStarts", "'2026-13-01' is not a date; write it as yyyy-mm-dd (e.g. 2026-03-01).")]
    [InlineData("i", "", "2030-01-01", "Options.PhaseStarts", "2030-01-01 is not a period of the series; a phase starts at one of its dates.")]
    [InlineData("i", "", "2025-01-01", "Options.PhaseStarts", "2025-01-01 is the first period: the first phase starts there anyway; name the period where the process changed.")]
    public async Task Options_BadInput_Is400WithTheMessageAndWhatWasTyped(string chart, string baseline, string phases, string field, string message)
    {
        var id = await CreateAsync("Waits", "Decrease");
        await UploadAsync(id, SeriesPagesTests.Shifted);

        var response = await OptionsAsync(id, chart, baseline, phases);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Html.ErrorFor(page, field));
        Assert.Equal(baseline, Html.ValueOf(page, "Options.Baseline"));
        Assert.Equal(phases, Html.ValueOf(page, "Options.PhaseStarts"));
        Assert.Equal(chart == "zz" ? "" : chart, Html.SelectedOf(page, "Options.Chart"));
    }

    [Fact]
    public async Task EditValue_ChangesThatPeriodOnly_AndBadValueIs400WithItKept()
    {
        var id = await CreateAsync("Waits", "Decrease");
        await UploadAsync(id, Flat);

        var form = await PageAsync($"/measures/{id}/series?edit=2025-03-01");
        Assert.Equal("9", Html.ValueOf(form, "Edit.Value"));

        var bad = await PostSeriesAsync(id, "Edit", new() { ["Edit.Period"] = "2025-03-01", ["Edit.Value"] = "nine", ["Edit.Denominator"] = "" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("'nine' is not a number; write the value with digits and a decimal point (e.g. 3.5).", Html.ErrorFor(badPage, "Edit.Value"));
        Assert.Equal("nine", Html.ValueOf(badPage, "Edit.Value"));

        var gone = await PostSeriesAsync(id, "Edit", new() { ["Edit.Period"] = "2031-01-01", ["Edit.Value"] = "3", ["Edit.Denominator"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.StartsWith("The series has no value for '2031-01-01' to change", Html.ErrorFor(await gone.Content.ReadAsStringAsync(), "Edit.Period"), StringComparison.Ordinal);

        var ok = await PostSeriesAsync(id, "Edit", new() { ["Edit.Period"] = "2025-03-01", ["Edit.Value"] = "9.5", ["Edit.Denominator"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var series = await _browser.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");
        var values = series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()).ToList();
        Assert.Equal([.. Flat[..2], 9.5, .. Flat[3..]], values);
    }

    [Fact]
    public async Task DeleteValue_RemovesThatPeriod_AndAnUnknownPeriodIs400()
    {
        var id = await CreateAsync("Waits", "Decrease");
        await UploadAsync(id, Flat);

        var ok = await PostSeriesAsync(id, "Delete", new() { ["period"] = "2025-02-01" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var series = await _browser.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");
        var periods = series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()).ToList();
        Assert.Equal(Flat.Length - 1, periods.Count);
        Assert.DoesNotContain("2025-02-01", periods);

        var again = await PostSeriesAsync(id, "Delete", new() { ["period"] = "2025-02-01" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("The series has no value for '2025-02-01' to delete; it may have been deleted already.", Html.ErrorFor(await again.Content.ReadAsStringAsync(), "period"));
    }

    [Fact]
    public async Task FalseAlarm_IsKeptAndReadBack_UntilTheInputsChange()
    {
        var id = await CreateAsync("Waits", "Decrease");
        // Twenty-three values: a length no other test here uses, so this test's row is its own.
        await UploadAsync(id, [.. Flat, 10, 11, 9]);
        var before = await KeysAsync();
        var first = await PageAsync($"/measures/{id}/series");
        var sentence = Regex.Match(first, "<p id=\"false-alarm\">(.*?)</p>").Groups[1].Value;
        Assert.NotEqual("", sentence);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
            var kept = (await db.FalseAlarmResults.ToListAsync()).Single(r => !before.Contains(r.Key));
            Assert.Equal(sentence, kept.Sentence);
            kept.Sentence = "Kept figure read back.";
            await db.SaveChangesAsync();
        }

        // Read from the database, not worked out again.
        Assert.Contains("<p id=\"false-alarm\">Kept figure read back.</p>", await PageAsync($"/measures/{id}/series"), StringComparison.Ordinal);

        // Two phases are other inputs: the simulation runs for them and its figure is kept beside the first.
        Assert.Equal(HttpStatusCode.Redirect, (await OptionsAsync(id, "i", "", "2026-01-01")).StatusCode);
        var phased = await PageAsync($"/measures/{id}/series");
        Assert.DoesNotContain("Kept figure read back.", phased, StringComparison.Ordinal);
        Assert.Matches("<p id=\"false-alarm\">[^<]+</p>", phased);
        Assert.Equal(before.Count + 2, (await KeysAsync()).Count);
    }

    private async Task<HashSet<string>> KeysAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
        return [.. await db.FalseAlarmResults.Select(r => r.Key).ToListAsync()];
    }
}

public sealed class PairedAndSeriesOptionsOnSqliteTests(SqliteApp app) : PairedAndSeriesOptionsTests(app), IClassFixture<SqliteApp>;

public sealed class PairedAndSeriesOptionsOnPostgresTests(PostgresApp app) : PairedAndSeriesOptionsTests(app), IClassFixture<PostgresApp>;
