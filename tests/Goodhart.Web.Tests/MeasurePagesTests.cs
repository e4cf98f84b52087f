using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The server-rendered pages, run on each engine by the classes at the end of the file.</summary>
public abstract class MeasurePagesTests(GoodhartAppFactory app)
{
    private const string Script = "<script>alert(1)</script>";
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private readonly HttpClient _browser = app.Browser();

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PostFormAsync(string formPath, Dictionary<string, string> fields, string? action = null, bool withToken = true)
    {
        var form = await PageAsync(formPath);
        var values = new List<KeyValuePair<string, string>>(fields);
        if (withToken)
        {
            values.Add(new("__RequestVerificationToken", Html.Token(form)));
        }

        return await _browser.PostAsync(action ?? formPath, new FormUrlEncodedContent(values));
    }

    private async Task<Guid> CreateAsync(object body)
    {
        var response = await _browser.PostAsJsonAsync("/api/measures", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/measures")]
    [InlineData("/measures/new")]
    public async Task Page_Get_HasNavigationCspAndNoInlineScript(string path)
    {
        var response = await _browser.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<nav aria-label=\"Main\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/measures\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_Get_IsServedAsCss()
    {
        var response = await _browser.GetAsync("/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(".error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewForm_PostComplete_RedirectsToTheCardWhichShowsEveryFieldAndNoFlag()
    {
        var balancingName = Unique("Repeat calls");
        var balancing = await CreateAsync(new { name = balancingName });
        var name = Unique("Calls answered in 20 s");

        var response = await PostFormAsync("/measures/new", new()
        {
            ["Input.Name"] = name,
            ["Input.Definition"] = "Share of calls offered that a person answers within twenty seconds",
            ["Input.Formula"] = "answered within 20 s / offered",
            ["Input.Unit"] = "%",
            ["Input.Direction"] = "Increase",
            ["Input.Owner"] = "Ana",
            ["Input.Cadence"] = "Weekly",
            ["Input.LastReviewedOn"] = "2026-11-20",
            ["Input.Purpose"] = "Callers reach a person quickly.",
            ["Input.BehaviourToReinforce"] = "Pick up quickly.",
            ["Input.DecisionInformed"] = "Rostering each shift",
            ["Input.Outcome"] = "Callers giving up",
            ["Input.OutcomeAim"] = "Prevent",
            ["Input.Timing"] = "Leading",
            ["Input.Role"] = "Process",
            ["Input.TargetValue"] = "95",
            ["Input.TargetRationale"] = "The commissioner's standard",
            ["Input.TargetAttachment"] = "Inspection",
            ["Input.BalancingMeasureIds"] = balancing.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/measures/[0-9a-f-]{36}$", location);
        var card = await PageAsync(location);
        Assert.Contains(WebUtility.HtmlEncode(name), card, StringComparison.Ordinal);
        Assert.Contains("No sign of ornament", card, StringComparison.Ordinal);
        Assert.Contains("Higher is better", card, StringComparison.Ordinal);
        Assert.Contains("Leading: moves before the outcome", card, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", card, StringComparison.Ordinal);
        Assert.Contains("95 %", card, StringComparison.Ordinal);
        Assert.Contains(">Inspection<", card, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/measures/{balancing}\">{WebUtility.HtmlEncode(balancingName)}</a>", card, StringComparison.Ordinal);

        var balancingCard = await PageAsync($"/measures/{balancing}");
        Assert.Contains("It balances:", balancingCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewForm_PostBadInput_Returns400WithMessagesNextToFieldsAndKeepsWhatWasTyped()
    {
        var definition = "Calls answered fast, \"really\" fast & <soon>";

        var response = await PostFormAsync("/measures/new", new()
        {
            ["Input.Name"] = "   ",
            ["Input.Definition"] = definition,
            ["Input.Owner"] = "Ana <b>",
            ["Input.Cadence"] = "Daily",
            ["Input.LastReviewedOn"] = "23/11/2026",
            ["Input.TargetValue"] = "ninety-five",
            ["Input.TargetAttachment"] = "Pay",
            ["Input.Unit"] = new string('u', 51),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("The measure was not saved", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_TargetValue\">The target &#x27;ninety-five&#x27; is not a number", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Input_TargetValue-error\"", page, StringComparison.Ordinal);
        Assert.Contains("Give the measure a name", Html.ErrorFor(page, "Input.Name"), StringComparison.Ordinal);
        Assert.Contains("'Daily' is not one of the choices", Html.ErrorFor(page, "Input.Cadence"), StringComparison.Ordinal);
        Assert.Contains("'23/11/2026' is not a date; write it as year-month-day", Html.ErrorFor(page, "Input.LastReviewedOn"), StringComparison.Ordinal);
        Assert.Contains("'ninety-five' is not a number", Html.ErrorFor(page, "Input.TargetValue"), StringComparison.Ordinal);
        Assert.Contains("The unit is 51 characters long; at most 50", Html.ErrorFor(page, "Input.Unit"), StringComparison.Ordinal);
        Assert.Equal("", Html.ErrorFor(page, "Input.Definition"));
        Assert.Equal(definition, Html.ValueOf(page, "Input.Definition"));
        Assert.Equal("Ana <b>", Html.ValueOf(page, "Input.Owner"));
        Assert.Equal("23/11/2026", Html.ValueOf(page, "Input.LastReviewedOn"));
        Assert.Equal("ninety-five", Html.ValueOf(page, "Input.TargetValue"));
        Assert.Equal("Pay", Html.SelectedOf(page, "Input.TargetAttachment"));
        Assert.DoesNotContain("Ana <b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_Get_IsFilledWithTheCard()
    {
        var name = Unique("Edit me");
        var id = await CreateAsync(new { name, owner = "Ben", cadence = "Quarterly", targetValue = 0.25, lastReviewedOn = "2026-10-01" });

        var page = await PageAsync($"/measures/{id}/edit");

        Assert.Equal(name, Html.ValueOf(page, "Input.Name"));
        Assert.Equal("Ben", Html.ValueOf(page, "Input.Owner"));
        Assert.Equal("Quarterly", Html.SelectedOf(page, "Input.Cadence"));
        Assert.Equal("0.25", Html.ValueOf(page, "Input.TargetValue"));
        Assert.Equal("2026-10-01", Html.ValueOf(page, "Input.LastReviewedOn"));
    }

    [Fact]
    public async Task EditForm_PostValid_SavesAndRedirects()
    {
        var id = await CreateAsync(new { name = Unique("Before") });
        var after = Unique("After");

        var response = await PostFormAsync($"/measures/{id}/edit", new() { ["Input.Name"] = after, ["Input.Owner"] = "Cleo", ["Input.Cadence"] = "Monthly" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/measures/{id}", response.Headers.Location?.ToString());
        var card = await PageAsync($"/measures/{id}");
        Assert.Contains(WebUtility.HtmlEncode(after), card, StringComparison.Ordinal);
        Assert.Contains("Cleo", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_PostDuplicateNameAndSelfLink_Returns400KeepingTheValues()
    {
        var taken = Unique("Taken");
        await CreateAsync(new { name = taken });
        var id = await CreateAsync(new { name = Unique("Mine") });

        var response = await PostFormAsync($"/measures/{id}/edit", new()
        {
            ["Input.Name"] = taken,
            ["Input.Owner"] = "Dee",
            ["Input.BalancingMeasureIds"] = id.ToString(),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is already in the registry", Html.ErrorFor(page, "Input.Name"), StringComparison.Ordinal);
        Assert.Contains("cannot balance itself", Html.ErrorFor(page, "Input.BalancingMeasureIds"), StringComparison.Ordinal);
        Assert.Equal(taken, Html.ValueOf(page, "Input.Name"));
        Assert.Equal("Dee", Html.ValueOf(page, "Input.Owner"));
    }

    [Fact]
    public async Task EditForm_PostMalformedBalancingId_Returns400WithAMessage()
    {
        var response = await PostFormAsync("/measures/new", new() { ["Input.Name"] = Unique("Bad link"), ["Input.BalancingMeasureIds"] = "not-a-guid" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not-a-guid", Html.ErrorFor(page, "Input.BalancingMeasureIds"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptAsName_IsShownAsTextOnEveryPage()
    {
        var id = await CreateAsync(new { name = Script + " " + Guid.NewGuid().ToString("N"), owner = Script });

        foreach (var path in new[] { "/measures", $"/measures/{id}", $"/measures/{id}/edit", "/measures/new" })
        {
            var page = await PageAsync(path);
            Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
            Assert.Contains(EncodedScript, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RegistryView_ShowsFlagsAndOwnersWithTooManyMeasures()
    {
        var owner = Unique("Busy owner");
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await CreateAsync(new { name = Unique($"Busy {i}"), owner }));
        }

        var page = await PageAsync("/measures");

        Assert.Contains($"{WebUtility.HtmlEncode(owner)} owns 8.", page, StringComparison.Ordinal);
        Assert.Contains("Owner has too many measures", page, StringComparison.Ordinal);
        Assert.Contains("No decision named", page, StringComparison.Ordinal);
        var card = await PageAsync($"/measures/{ids[0]}");
        Assert.Contains("owns 8 measures, more than the 7", card, StringComparison.Ordinal);
        Assert.Contains("Vague definition.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletePage_Get_AsksAndSaysWhatGoesWithIt()
    {
        var balancing = await CreateAsync(new { name = Unique("Balancing") });
        var id = await CreateAsync(new { name = Script + Guid.NewGuid().ToString("N"), balancingMeasureIds = new[] { balancing } });

        Assert.Contains($"href=\"/measures/{id}/delete\"", await PageAsync($"/measures/{id}"), StringComparison.Ordinal);
        var page = await PageAsync($"/measures/{id}/delete");

        Assert.Contains($"<h1>Delete {EncodedScript}", page, StringComparison.Ordinal);
        Assert.Contains("with its 1 balancing link to other measures", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" class=\"delete\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletePage_Post_RemovesTheMeasureAndKeepsTheOneItWasLinkedTo()
    {
        var balancing = await CreateAsync(new { name = Unique("Stays") });
        var id = await CreateAsync(new { name = Unique("Doomed"), balancingMeasureIds = new[] { balancing } });

        var response = await PostFormAsync($"/measures/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/measures", response.Headers.Location?.ToString());
        await Html.ProblemAsync(await _browser.GetAsync($"/measures/{id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain("It balances:", await PageAsync($"/measures/{balancing}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("edit")]
    [InlineData("delete")]
    public async Task Forms_PostWithoutAntiforgeryToken_Return400ProblemAndSaveNothing(string form)
    {
        var name = Unique("Unguarded");
        var id = await CreateAsync(new { name });
        var (path, action) = form switch
        {
            "new" => ("/measures/new", "/measures/new"),
            "edit" => ($"/measures/{id}/edit", $"/measures/{id}/edit"),
            _ => ($"/measures/{id}/delete", $"/measures/{id}/delete"),
        };

        var response = await PostFormAsync(path, new() { ["Input.Name"] = Unique("Forged") }, action, withToken: false);

        var problem = await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("security token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(name), await PageAsync($"/measures/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_PostWithAnotherSessionsToken_Return400()
    {
        var token = Html.Token(await PageAsync("/measures/new"));
        using var stranger = app.Browser();

        var response = await stranger.PostAsync("/measures/new", new FormUrlEncodedContent([new("Input.Name", Unique("Stranger")), new("__RequestVerificationToken", token)]));

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/measures/{0}")]
    [InlineData("/measures/{0}/edit")]
    [InlineData("/measures/{0}/delete")]
    [InlineData("/no-such-page")]
    public async Task Pages_UnknownMeasureOrPath_Return404Problem(string template)
    {
        var response = await _browser.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid()));

        await Html.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}

public sealed class MeasurePagesOnSqliteTests(SqliteApp app) : MeasurePagesTests(app), IClassFixture<SqliteApp>;

public sealed class MeasurePagesOnPostgresTests(PostgresApp app) : MeasurePagesTests(app), IClassFixture<PostgresApp>;
