using System.Globalization;
using System.Text.RegularExpressions;
using Goodhart.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>A review meeting in Chromium against the real server: the agenda, the meeting form, the record, the action done.</summary>
public sealed partial class ReviewBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Team = "Crisis line";
    private const string Action = "Ask the rota team why the waits rose in spring";

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    [Fact]
    public async Task Review_SignalOnTheAgendaDecidedRealWithAnAction_IsRecordedAndTheActionCanBeMarkedDone()
    {
        // Monthly values up to last month, so the step (eight months long) still goes on in the six months a first review covers.
        var today = DateOnly.FromDateTime(DateTime.Now);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-ApiData.Shifted.Length);
        const string waits = "Waits over 20 minutes";
        const string calls = "Calls answered";
        var waitsId = await ApiData.MeasureAsync(Page, Server, waits, "Decrease");
        await ApiData.SeriesAsync(Page, Server, waitsId, first, ApiData.Shifted);
        var callsId = await ApiData.MeasureAsync(Page, Server, calls, "Increase");
        await ApiData.SeriesAsync(Page, Server, callsId, first, ApiData.Flat);

        await GoAsync("/reviews");
        Assert.Equal(1, await Page.Locator("#no-reviews").CountAsync());
        await Page.GetByLabel("Prepare a review for a team").FillAsync(Team);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show the agenda" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/reviews/new?team=Crisis", StringComparison.Ordinal));
        Assert.Equal($"Review: {Team}", await Page.Locator("h1").InnerTextAsync());

        var signals = Page.Locator("ol.agenda li[data-kind=NewSignal]");
        var signalTexts = await signals.AllInnerTextsAsync();
        Output.WriteLine("New signals: " + string.Join(" | ", signalTexts));
        Assert.Contains(signalTexts, t => t.Contains(waits, StringComparison.Ordinal));
        Assert.DoesNotContain(signalTexts, t => t.Contains(calls, StringComparison.Ordinal));
        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("review-agenda");

        var held = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.Locator("#Input_HeldOn").FillAsync(held);
        await Page.GetByLabel("Who came").FillAsync("Ana, Ben, Chidi");
        await Page.GetByLabel("Notes").FillAsync("The spring rota changed the night shift.");
        await Page.Locator("label.measure", new() { HasTextString = waits }).Locator("input").CheckAsync();

        var rows = Page.Locator("fieldset.signal");
        Assert.Equal(signalTexts.Count, await rows.CountAsync());
        var row = rows.Filter(new() { HasTextString = waits }).First;
        await row.GetByLabel("Decision").SelectOptionAsync("Real");
        await row.GetByLabel("Why").FillAsync("The step began with the new rota.");
        await row.GetByLabel("Action (needed when real)").FillAsync(Action);
        await row.GetByLabel("Who").FillAsync("Ana");
        await row.GetByLabel("Due", new() { Exact = true }).FillAsync(due);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log the review" }).ClickAsync();
        await Page.WaitForURLAsync(MeetingAddress());
        var meeting = MeetingAddress().Match(Page.Url).Groups[1].Value;

        Assert.StartsWith($"{Team}: review of ", await Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Ana, Ben, Chidi", await Page.Locator("#attendees").InnerTextAsync());
        Assert.Equal("The spring rota changed the night shift.", await Page.Locator("#notes").InnerTextAsync());
        Assert.Equal([waits], await Page.Locator("#measures-discussed li").AllInnerTextsAsync());
        var decision = Page.Locator("#dispositions tbody tr");
        Assert.Equal(1, await decision.CountAsync());
        Assert.Equal(waits, await decision.Locator("th").InnerTextAsync());
        Assert.Equal("Real", await decision.Locator("td.disposition").InnerTextAsync());
        Assert.Contains("a run of values on one side of the average", await decision.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"Ana: {Action}", await decision.InnerTextAsync(), StringComparison.Ordinal);
        var action = Page.Locator("#action-list li");
        Assert.Contains($"Ana: {Action}. Due {due}. About {waits}.", Flat(await action.InnerTextAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await action.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).CountAsync());
        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("review-record");

        // The action is open on the reviews page, and the signal decided is off the team's next agenda.
        await GoAsync("/reviews");
        var team = Page.Locator("section.team", new() { HasTextString = Team });
        Assert.Equal(Team, await team.Locator("h2").InnerTextAsync());
        var open = team.Locator("li:has(button)", new() { HasTextString = Action });
        Assert.Equal(1, await open.CountAsync());
        Assert.Equal(1, await team.Locator("ol.agenda li[data-kind=OpenAction]", new() { HasTextString = Action }).CountAsync());
        Assert.Contains($"Ana: {Action}. Due {due}.", Flat(await open.InnerTextAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await team.Locator("ol.agenda li[data-kind=NewSignal]", new() { HasTextString = waits }).CountAsync());
        Assert.Equal(1, await team.Locator($"a[href='/reviews/{meeting}']").CountAsync());
        await ScreenshotAsync("reviews");

        await open.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith($"/reviews/{meeting}", StringComparison.Ordinal));
        Assert.Contains($"Done on {held}.", await Page.Locator("#action-list li").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("#action-list button").CountAsync());

        await GoAsync("/reviews");
        Assert.Equal(0, await Page.Locator("section.team li:has(button)", new() { HasTextString = Action }).CountAsync());
        Assert.Equal(0, await Page.Locator("ol.agenda li[data-kind=OpenAction]", new() { HasTextString = Action }).CountAsync());
        AssertCleanConsole();
    }

    [GeneratedRegex("/reviews/([0-9a-f-]{36})$")]
    private static partial Regex MeetingAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
