using Goodhart.Web.BrowserTests.Support;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>The paired-measures page in Chromium against the real server.</summary>
public sealed class PairedMeasureBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public async Task Paired_MeasureImprovesWhileItsBalancingMeasureWorsens_ShowsBothChartsAndImprovedAtACost()
    {
        // Calls answered quickly went up (good) while repeat calls went up too (bad), over the same months.
        var first = new DateOnly(2025, 1, 1);
        var balancing = await ApiData.MeasureAsync(Page, Server, "Repeat calls within 7 days", "Decrease");
        await ApiData.SeriesAsync(Page, Server, balancing, first, ApiData.Shifted);
        var measure = await ApiData.MeasureAsync(Page, Server, "Calls answered in 20 s", "Increase", balancing);
        await ApiData.SeriesAsync(Page, Server, measure, first, ApiData.Shifted);

        await GoAsync($"/measures/{measure}");
        await Page.Locator("#paired-link").ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith($"/measures/{measure}/paired", StringComparison.Ordinal));
        Assert.Equal("Calls answered in 20 s and its balancing measures", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal(2, await Page.Locator("figure.chart svg").CountAsync());
        foreach (var chart in await Page.Locator("figure.chart svg").AllAsync())
        {
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 600, Height: > 200 }, $"A chart is drawn {box?.Width}×{box?.Height}.");
        }

        var finding = Page.Locator("#finding-0");
        Assert.Equal("ImprovedAtACost", await finding.GetAttributeAsync("data-verdict"));
        Assert.Contains("errors", await finding.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Improved at a cost?", (await finding.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("Balanced by Repeat calls within 7 days", await Page.Locator("#balancing-0").InnerTextAsync());

        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("paired-measures");
        AssertCleanConsole();
    }
}
