using System.Text.RegularExpressions;
using Goodhart.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>A team stress test in Chromium against the real server: made from a card, answered in two browsers.</summary>
public sealed partial class TeamBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Joins through the shared link in a browser of its own and answers every step with one rating.</summary>
    private async Task AnswerAsync(string joinLink, string role, string name, string rating)
    {
        var page = await NewPersonAsync();
        var response = await page.GotoAsync(joinLink);
        Assert.Equal(200, response!.Status);
        await page.GetByLabel("Your role").FillAsync(role);
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.WaitForURLAsync(Wizard.StepAddress());
        var id = Guid.Parse(Wizard.StepAddress().Match(page.Url).Groups[1].Value);
        await Wizard.NextAsync(page, Wizard.Step(id, 2));
        for (var step = 2; step <= Wizard.StepCount; step++)
        {
            await Wizard.RateEveryItemAsync(page, rating);
            await Wizard.NextAsync(page, step < Wizard.StepCount ? Wizard.Step(id, step + 1) : $"/stress-tests/{id}/result");
        }
    }

    [Fact]
    public async Task TeamStressTest_TwoRespondentsInTheirOwnBrowsers_ShowsMediansSpreadRoleGapAndTheProfile()
    {
        const string measure = "Repeat calls within 7 days";
        var card = await ApiData.MeasureAsync(Page, Server, measure, "Decrease");
        await GoAsync($"/measures/{card}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Stress-test it as a team" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith($"/stress-tests/teams/new?measureId={card}", StringComparison.Ordinal));
        Assert.Equal(measure, await Page.GetByLabel("The measure").InputValueAsync());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Make the link" }).ClickAsync();
        await Page.WaitForURLAsync(TeamAddress());
        var team = TeamAddress().Match(Page.Url).Groups[1].Value;
        Assert.Equal($"Team stress test of {measure}", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await Page.Locator("#waiting").CountAsync());
        var joinLink = await Page.Locator("#join-link").GetAttributeAsync("href");
        Assert.Equal($"/stress-tests/teams/{team}/join", joinLink);
        Assert.EndsWith(joinLink, await Page.Locator("#join-link").InnerTextAsync(), StringComparison.Ordinal);

        // The front line sees every risk at its highest, the manager none: the two roles are bands apart everywhere.
        await AnswerAsync(Server.Url(joinLink!), "frontline", "Ana", "4");
        await AnswerAsync(Server.Url(joinLink!), "manager", "Ben", "0");

        await GoAsync($"/stress-tests/teams/{team}");
        Assert.Equal("2 finished, 0 still answering.", Flat(await Page.Locator("#respondent-count").InnerTextAsync()));
        Assert.Equal(0, await Page.Locator("#waiting").CountAsync());
        Assert.Contains("the middle of 2 answers", Flat(await Page.Locator("#overall").InnerTextAsync()), StringComparison.Ordinal);
        Assert.Contains("(answers ranged from 0 to 100)", Flat(await Page.Locator("#overall").InnerTextAsync()), StringComparison.Ordinal);

        var chart = Page.Locator("figure.chart svg");
        Assert.Equal(1, await chart.CountAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 400, Height: > 150 }, $"The profile is drawn {box?.Width}×{box?.Height}.");

        var headers = await Page.Locator("#team-dimensions thead th").AllInnerTextsAsync();
        Assert.Contains("Median of frontline", headers);
        Assert.Contains("Median of manager", headers);
        var rows = Page.Locator("#team-dimensions tbody tr");
        Assert.Equal(Wizard.Instrument.Dimensions.Count + 1, await rows.CountAsync());
        foreach (var dimension in Wizard.Instrument.Dimensions)
        {
            var row = Page.Locator($"#team-dimensions tbody tr[data-dimension='{dimension.Id}']");
            Assert.Equal(dimension.Title, await row.Locator("th").InnerTextAsync());
            Assert.Equal("0", await row.Locator("td.min").InnerTextAsync());
            Assert.Equal("100", await row.Locator("td.max").InnerTextAsync());
            Assert.Equal("50", await row.Locator("td.median").InnerTextAsync());
        }

        var gaps = await Page.Locator("ul#role-gaps li").AllInnerTextsAsync();
        Output.WriteLine("Role gaps: " + string.Join(" | ", gaps));
        Assert.All(gaps, g => Assert.Contains("frontline sees 100, manager sees 0", g, StringComparison.Ordinal));
        foreach (var dimension in Wizard.Instrument.Dimensions)
        {
            Assert.Single(gaps, g => g.StartsWith(dimension.Title + ":", StringComparison.Ordinal));
        }

        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("team-stress-test");
        AssertCleanConsole();
    }

    [GeneratedRegex("/stress-tests/teams/([0-9a-f-]{36})$")]
    private static partial Regex TeamAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
