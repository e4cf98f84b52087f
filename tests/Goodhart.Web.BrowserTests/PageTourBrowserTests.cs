using Goodhart.Web.BrowserTests.Support;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>Every page of the app that is not walked through elsewhere, opened once in Chromium with data in it.</summary>
public sealed class PageTourBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public async Task EveryPage_WithDataInTheRegistry_Answers200FitsTheWindowAndLogsNoConsoleError()
    {
        var balancing = await ApiData.MeasureAsync(Page, Server, "Repeat calls within 7 days", "Decrease");
        await ApiData.SeriesAsync(Page, Server, balancing, new DateOnly(2025, 1, 1), ApiData.Flat);
        var measure = await ApiData.MeasureAsync(Page, Server, "Calls answered in 20 s", "Increase", balancing);
        await ApiData.SeriesAsync(Page, Server, measure, new DateOnly(2025, 1, 1), ApiData.Shifted);
        var team = await Page.APIRequest.PostAsync(Server.Url("/api/stress-tests/teams"), new() { DataObject = new { measure = "Calls answered in 20 s", measureId = measure } });
        Assert.Equal(201, team.Status);
        var teamId = (await team.JsonAsync())!.Value.GetProperty("id").GetGuid();
        var stressTest = await Wizard.StartAsync(Page, Server, "Calls answered in 20 s");

        (string Name, string Path)[] pages =
        [
            ("home", "/"),
            ("measures", "/measures"),
            ("measure-new", "/measures/new"),
            ("measure-card", $"/measures/{measure}"),
            ("measure-edit", $"/measures/{measure}/edit"),
            ("measure-delete", $"/measures/{measure}/delete"),
            ("measure-series", $"/measures/{measure}/series"),
            ("measure-paired", $"/measures/{measure}/paired"),
            ("stress-tests", "/stress-tests"),
            ("stress-test-new", "/stress-tests/new"),
            ("stress-test-step-1", Wizard.Step(stressTest, 1)),
            ("team-new", "/stress-tests/teams/new"),
            ("team-waiting", $"/stress-tests/teams/{teamId}"),
            ("team-join", $"/stress-tests/teams/{teamId}/join"),
            ("reviews-empty", "/reviews"),
            ("review-new", "/reviews/new?team=Crisis%20line"),
            ("scans-empty", "/scans"),
            ("scan-new", "/scans/new"),
        ];
        foreach (var (name, path) in pages)
        {
            await GoAsync(path);
            await AssertFitsTheWidthAsync(Page);
            await ScreenshotAsync("tour-" + name);
        }

        AssertCleanConsole();
    }
}
