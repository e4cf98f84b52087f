using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goodhart.StressTest;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The stress test in the browser, step by step, run on each engine by the classes at the end of the file.</summary>
public abstract class StressTestPagesTests(GoodhartAppFactory app)
{
    private const string Script = "<script>alert(1)</script>";
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static readonly Instrument Instrument = InstrumentLoader.Default;
    private static readonly int StepCount = Instrument.Dimensions.Count + 2;

    private readonly HttpClient _browser = app.Browser();

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Guid> StartAsync(string measure, string role = "manager")
    {
        var response = await PostAsync("/stress-tests/new", [new("measure", measure), new("role", role)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = Regex.Match(response.Headers.Location!.OriginalString, "^/stress-tests/([0-9a-f-]{36})/steps/1$");
        Assert.True(match.Success, $"Unexpected redirect {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    private Task<HttpResponseMessage> PostAsync(string path, List<KeyValuePair<string, string>> fields, bool withToken = true) =>
        PostAsync(_browser, path, fields, withToken);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, List<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var form = await PageAsync(browser, path);
        var values = new List<KeyValuePair<string, string>>(fields);
        if (withToken)
        {
            values.Add(new("__RequestVerificationToken", Html.Token(form)));
        }

        return await browser.PostAsync(path, new FormUrlEncodedContent(values));
    }

    private static string Step(Guid id, int step) => $"/stress-tests/{id}/steps/{step}";

    private static List<KeyValuePair<string, string>> Ratings(int step, string value, string go = "next")
    {
        var fields = step == StepCount
            ? Instrument.Checklist.Dysfunctions.Select(d => new KeyValuePair<string, string>("dysfunction." + d.Id, value)).ToList()
            : Instrument.Dimensions[step - 2].Items.Select(i => new KeyValuePair<string, string>("item." + i.Id, value)).ToList();
        fields.Add(new("go", go));
        return fields;
    }

    private static List<KeyValuePair<string, string>> Context(string measure) =>
    [
        new("context.measure", measure),
        new("context.usage", Instrument.Context.Single(q => q.Id == "usage").Options[^1].Id),
        new("context.recorder", Instrument.Context.Single(q => q.Id == "recorder").Options[0].Id),
        new("go", "next"),
    ];

    private static bool IsChecked(string page, string field, string value) =>
        Regex.IsMatch(page, $"<input type=\"(radio|checkbox)\" name=\"{Regex.Escape(field)}\" value=\"{Regex.Escape(value)}\" checked=\"checked\">");

    private static void AssertRedirect(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Walk_EveryStepAnsweredRiskiest_ShowsSevereResultAndEveryDownload()
    {
        var name = Unique("First-contact resolution");
        var id = await StartAsync(name);

        var first = await PageAsync(_browser, Step(id, 1));
        Assert.Contains($"Step 1 of {StepCount}", first, StringComparison.Ordinal);
        Assert.Equal(name, Html.ValueOf(first, "context.measure"));
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
        AssertRedirect(await PostAsync(Step(id, 1), Context(name)), Step(id, 2));
        for (var step = 2; step <= StepCount; step++)
        {
            var page = await PageAsync(_browser, Step(id, step));
            Assert.Contains($"Step {step} of {StepCount}", page, StringComparison.Ordinal);
            var response = await PostAsync(Step(id, step), Ratings(step, "4"));
            AssertRedirect(response, step < StepCount ? Step(id, step + 1) : $"/stress-tests/{id}/result");
        }

        AssertRedirect(await _browser.GetAsync($"/stress-tests/{id}"), $"/stress-tests/{id}/result");
        var result = await PageAsync(_browser, $"/stress-tests/{id}/result");
        Assert.Contains("Distortion risk: <strong>Severe</strong>, <strong>100</strong> of 100", result, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"profile\" role=\"img\"", result, StringComparison.Ordinal);
        Assert.Equal(Instrument.Dimensions.Count, Regex.Matches(result, "<rect class=\"bar band-severe\"").Count);
        foreach (var dimension in Instrument.Dimensions)
        {
            Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(dimension.Title)}</th>", result, StringComparison.Ordinal);
        }

        Assert.Contains("<h2>Likely dysfunctions</h2>", result, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"countermeasures\">", result, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"watch\">", result, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", result, StringComparison.OrdinalIgnoreCase);

        var pdf = await _browser.GetAsync($"/stress-tests/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));

        var json = await _browser.GetAsync($"/stress-tests/{id}/report.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var report = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("severe", report.GetProperty("overall").GetProperty("band").GetString());
        Assert.Equal(100, report.GetProperty("overall").GetProperty("score").GetDouble());
        Assert.Equal(name, report.GetProperty("measure").GetProperty("name").GetString());

        var html = await _browser.GetAsync($"/stress-tests/{id}/report.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains(name, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var markdown = await _browser.GetAsync($"/stress-tests/{id}/report.md");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Contains(name, await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walk_EveryRatingLeast_GivesLowBandInTheJsonReport()
    {
        var name = Unique("Safe measure");
        var id = await StartAsync(name);
        await PostAsync(Step(id, 1), [new("context.measure", name), new("go", "next")]);
        for (var step = 2; step <= StepCount; step++)
        {
            await PostAsync(Step(id, step), Ratings(step, "0"));
        }

        var report = JsonDocument.Parse(await _browser.GetStringAsync($"/stress-tests/{id}/report.json")).RootElement;
        Assert.Equal("low", report.GetProperty("overall").GetProperty("band").GetString());
        Assert.Equal(0, report.GetProperty("overall").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Back_FromALaterStep_ShowsTheAnswersGivenBefore()
    {
        var name = Unique("Waiting time");
        var id = await StartAsync(name);
        await PostAsync(Step(id, 1), Context(name));
        var items = Instrument.Dimensions[0].Items;
        var answers = Ratings(2, "3");
        answers[0] = new(answers[0].Key, "not-sure");
        answers.Insert(0, new("reflection." + Instrument.Dimensions[0].Id, "Speed is praised in the huddle."));
        AssertRedirect(await PostAsync(Step(id, 2), answers), Step(id, 3));

        // Back from step 3 with nothing answered there: allowed, and lands on step 2 with its answers in place.
        AssertRedirect(await PostAsync(Step(id, 3), [new("go", "back")]), Step(id, 2));
        var page = await PageAsync(_browser, Step(id, 2));
        Assert.True(IsChecked(page, "item." + items[0].Id, "not-sure"));
        foreach (var item in items.Skip(1))
        {
            Assert.True(IsChecked(page, "item." + item.Id, "3"), item.Id);
            Assert.False(IsChecked(page, "item." + item.Id, "4"), item.Id);
        }

        Assert.Equal("Speed is praised in the huddle.", Html.ValueOf(page, "reflection." + Instrument.Dimensions[0].Id));
        AssertRedirect(await PostAsync(Step(id, 2), [new("go", "back")]), Step(id, 1));
        var context = await PageAsync(_browser, Step(id, 1));
        Assert.True(IsChecked(context, "context.usage", Instrument.Context.Single(q => q.Id == "usage").Options[^1].Id));
    }

    [Fact]
    public async Task Resume_OnANewAppInstanceOnTheSameDatabase_OpensTheFirstUnansweredStepWithNothingLost()
    {
        var name = Unique("Calls answered in 20 s");
        var id = await StartAsync(name);
        await PostAsync(Step(id, 1), Context(name));
        await PostAsync(Step(id, 2), Ratings(2, "2"));
        await PostAsync(Step(id, 3), Ratings(3, "1"));
        var partial = Ratings(4, "4", go: "back").Take(1).Append(new("go", "back")).ToList();
        AssertRedirect(await PostAsync(Step(id, 4), partial), Step(id, 3));

        using var restarted = app.Restarted();
        var browser = restarted.Browser();
        AssertRedirect(await browser.GetAsync($"/stress-tests/{id}"), Step(id, 4));
        AssertRedirect(await browser.GetAsync($"/stress-tests/{id}/result"), Step(id, 4));
        var step4 = await PageAsync(browser, Step(id, 4));
        Assert.True(IsChecked(step4, partial[0].Key, "4"));
        var step3 = await PageAsync(browser, Step(id, 3));
        Assert.All(Instrument.Dimensions[1].Items, i => Assert.True(IsChecked(step3, "item." + i.Id, "1"), i.Id));
        var step1 = await PageAsync(browser, Step(id, 1));
        Assert.Equal(name, Html.ValueOf(step1, "context.measure"));
        Assert.True(IsChecked(step1, "context.recorder", Instrument.Context.Single(q => q.Id == "recorder").Options[0].Id));

        var report = await browser.GetAsync($"/stress-tests/{id}/report.json");
        await Html.ProblemAsync(report, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Step_AnswersChangedByAnotherInstance_ShowAtOnceOnThisOne()
    {
        // This instance keeps the answers it has read; a save elsewhere must still show on its very next page.
        var name = Unique("Tickets closed in a day");
        var id = await StartAsync(name);
        await PostAsync(Step(id, 1), Context(name));
        await PostAsync(Step(id, 2), Ratings(2, "1"));
        var before = await PageAsync(_browser, Step(id, 2));
        Assert.All(Instrument.Dimensions[0].Items, i => Assert.True(IsChecked(before, "item." + i.Id, "1"), i.Id));

        using var other = app.Restarted();
        AssertRedirect(await PostAsync(other.Browser(), Step(id, 2), Ratings(2, "4")), Step(id, 3));

        var after = await PageAsync(_browser, Step(id, 2));
        Assert.All(Instrument.Dimensions[0].Items, i => Assert.True(IsChecked(after, "item." + i.Id, "4"), i.Id));
        Assert.All(Instrument.Dimensions[0].Items, i => Assert.False(IsChecked(after, "item." + i.Id, "1"), i.Id));
    }

    [Fact]
    public async Task Step_UnknownRatingValue_Is400WithTheFormKept()
    {
        var id = await StartAsync(Unique("Bad value"));
        var answers = Ratings(2, "2");
        answers[1] = new(answers[1].Key, "7");

        var response = await PostAsync(Step(id, 2), answers);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'7' is not one of the answers; choose one of the five descriptions or “Not sure”.", Html.ErrorFor(page, answers[1].Key));
        Assert.True(IsChecked(page, answers[0].Key, "2"));
        Assert.True(IsChecked(page, answers[2].Key, "2"));
        AssertRedirect(await _browser.GetAsync($"/stress-tests/{id}"), Step(id, 1));
        var saved = await PageAsync(_browser, Step(id, 2));
        Assert.False(IsChecked(saved, answers[0].Key, "2"));
    }

    [Fact]
    public async Task Step_UnknownContextChoice_Is400WithTheFormKept()
    {
        var name = Unique("Bad choice");
        var id = await StartAsync(name);

        var response = await PostAsync(Step(id, 1), [new("context.measure", name), new("context.recorder", "the-moon"), new("context.service", "Outpatients"), new("go", "next")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("'the-moon' is not one of the choices", Html.ErrorFor(page, "context.recorder"), StringComparison.Ordinal);
        Assert.Equal("Outpatients", Html.ValueOf(page, "context.service"));
    }

    [Fact]
    public async Task Step_NextWithAMissingAnswer_Is400NamingIt()
    {
        var id = await StartAsync(Unique("Missing"));
        var answers = Ratings(2, "1");
        var missing = answers[^2].Key;
        answers.RemoveAt(answers.Count - 2);

        var response = await PostAsync(Step(id, 2), answers);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose an answer, or “Not sure”.", Html.ErrorFor(page, missing));
        Assert.Equal("", Html.ErrorFor(page, answers[0].Key));
        Assert.True(IsChecked(page, answers[0].Key, "1"));

        var noName = await PostAsync(Step(id, 1), [new("context.measure", "  "), new("go", "next")]);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.NotEqual("", Html.ErrorFor(await noName.Content.ReadAsStringAsync(), "context.measure"));
    }

    [Fact]
    public async Task New_WithoutAName_Is400()
    {
        var response = await PostAsync("/stress-tests/new", [new("measure", " "), new("role", "analyst")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Name the measure to stress-test.", Html.ErrorFor(page, "measure"));
        Assert.Equal("analyst", Html.ValueOf(page, "role"));
    }

    [Fact]
    public async Task Forms_PostedWithoutAntiforgeryToken_AreRefused()
    {
        var id = await StartAsync(Unique("Token"));

        var start = await PostAsync("/stress-tests/new", [new("measure", "No token")], withToken: false);
        var step = await PostAsync(Step(id, 2), Ratings(2, "3"), withToken: false);

        await Html.ProblemAsync(start, HttpStatusCode.BadRequest);
        await Html.ProblemAsync(step, HttpStatusCode.BadRequest);
        var page = await PageAsync(_browser, Step(id, 2));
        Assert.False(IsChecked(page, Ratings(2, "3")[0].Key, "3"));
    }

    [Fact]
    public async Task MeasureNamedLikeAScript_IsShownAsText()
    {
        var id = await StartAsync(Script);
        await PostAsync(Step(id, 1), [new("context.measure", Script), new("go", "next")]);
        for (var step = 2; step <= StepCount; step++)
        {
            await PostAsync(Step(id, step), Ratings(step, "2"));
        }

        foreach (var path in new[] { Step(id, 1), Step(id, 2), $"/stress-tests/{id}/result" })
        {
            var page = await PageAsync(_browser, path);
            Assert.Contains(EncodedScript, page, StringComparison.Ordinal);
            Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownStressTest_Is404()
    {
        await Html.ProblemAsync(await _browser.GetAsync($"/stress-tests/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _browser.GetAsync($"/stress-tests/{Guid.NewGuid()}/steps/1"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _browser.GetAsync($"/stress-tests/{Guid.NewGuid()}/report.pdf"), HttpStatusCode.NotFound);
    }
}

public sealed class StressTestPagesOnSqliteTests(SqliteApp app) : StressTestPagesTests(app), IClassFixture<SqliteApp>;

public sealed class StressTestPagesOnPostgresTests(PostgresApp app) : StressTestPagesTests(app), IClassFixture<PostgresApp>;
