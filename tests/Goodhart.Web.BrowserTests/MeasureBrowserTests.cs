using System.Globalization;
using System.Text;
using Goodhart.Reports.Spc;
using Goodhart.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>Measures and their series in Chromium against the real server.</summary>
public sealed class MeasureBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Script = "<script>alert(1)</script>";

    // The first year wobbles round 50, the second round 70: a step far outside the first year's natural limits.
    private static readonly int[] Wobble = [0, 1, -1, 2, -2, 1, 0, -1, 1, -2, 2, 0];

    /// <summary>Fills the card form with a name and a full definition and saves it; returns the card's address.</summary>
    private async Task<string> AddMeasureAsync(string name, string direction = "Higher is better")
    {
        await GoAsync("/measures");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a measure" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/measures/new", StringComparison.Ordinal));
        await Page.Locator("#Input_Name").FillAsync(name);
        await Page.Locator("#Input_Definition").FillAsync("Calls answered by a person within twenty seconds of the first ring, out of all calls offered.");
        await Page.Locator("#Input_Formula").FillAsync("answered within 20 s / offered");
        await Page.Locator("#Input_Unit").FillAsync("calls");
        await Page.Locator("#Input_Direction").SelectOptionAsync(new SelectOptionValue { Label = direction });
        await Page.Locator("#Input_Owner").FillAsync("Head of the contact centre");
        await Page.Locator("#Input_DecisionInformed").FillAsync("How many people to roster on each shift.");
        await ScreenshotAsync("measure-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the measure" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.EndsWith("/measures/new", StringComparison.Ordinal));
        return Page.Url;
    }

    [Fact]
    public async Task Series_UploadedCsvWithAStep_ShowsTheChartAndListsTheSignalsAsImprovements()
    {
        const string name = "Calls answered in 20 s";
        var card = await AddMeasureAsync(name);
        Assert.Equal(name, await Page.Locator("h1").InnerTextAsync());
        await ScreenshotAsync("measure-card");

        await GoAsync("/measures");
        Assert.Equal(1, await Page.Locator("table.registry a", new() { HasTextString = name }).CountAsync());
        await ScreenshotAsync("measures-list");

        await Page.GotoAsync(card);
        await Page.GetByRole(AriaRole.Link, new() { Name = "The measure's values over time, its chart and its signals" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/series", StringComparison.Ordinal));
        Assert.Equal(1, await Page.Locator("#empty").CountAsync());

        var csv = new StringBuilder("month,calls\n");
        for (var i = 0; i < 24; i++)
        {
            var value = (i < 12 ? 50 : 70) + Wobble[i % 12];
            csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2025, 1, 1).AddMonths(i):yyyy-MM-dd},{value}\n");
        }

        var file = Screenshots.PathOf("calls.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        await Page.Locator("#Upload_File").SetInputFilesAsync(file);
        await Page.Locator("#Upload_DateColumn").FillAsync("month");
        await Page.Locator("#Upload_ValueColumn").FillAsync("calls");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload and replace the series" }).ClickAsync();
        await Page.Locator("figure.chart svg").WaitForAsync();

        Assert.Equal(0, await Page.Locator("#upload-problems").CountAsync());
        Assert.Contains("24 values, 2025-01-01 to 2026-12-01", await Page.Locator("figure.chart figcaption").InnerTextAsync(), StringComparison.Ordinal);
        var chart = Page.Locator("figure.chart svg");
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 600 && box.Height > 200, $"The chart is drawn {box.Width}×{box.Height}.");
        // Improvement points are drawn in the palette's blue.
        Assert.Contains(SpcPalette.Improvement.TrimStart('#'), await chart.EvaluateAsync<string>("e => e.outerHTML"), StringComparison.OrdinalIgnoreCase);

        var signals = Page.Locator("ul#signals > li");
        var count = await signals.CountAsync();
        Assert.True(count >= 2, $"Expected signals on both sides of the step, saw {count}.");
        var texts = await signals.AllInnerTextsAsync();
        // A higher value is better, so the year after the step is an improvement and the year before it a concern.
        Assert.Contains(texts, t => t.StartsWith("2026-", StringComparison.Ordinal) && t.Contains("(improvement)", StringComparison.Ordinal));
        Assert.All(texts.Where(t => t.StartsWith("2026-", StringComparison.Ordinal)), t => Assert.Contains("(improvement)", t, StringComparison.Ordinal));
        Assert.All(texts.Where(t => t.StartsWith("2025-", StringComparison.Ordinal)), t => Assert.Contains("(concern)", t, StringComparison.Ordinal));

        await ScreenshotAsync("series-chart");
        await DocsScreenshotAsync("web-series-chart", Page.Locator("h1"));
        Assert.Empty(Dialogs);
    }

    [Fact]
    public async Task ScriptAsAMeasureName_ShowsAsTextOnEveryPageAndNeverRuns()
    {
        var card = await AddMeasureAsync(Script);
        Assert.Equal(Script, await Page.Locator("h1").InnerTextAsync());
        Assert.Equal($"{Script} · Goodhart", await Page.TitleAsync());

        await GoAsync("/measures");
        Assert.Equal(Script, await Page.Locator("table.registry th[scope=row] a").First.InnerTextAsync());

        await Page.GotoAsync(card + "/series");
        Assert.Equal($"{Script}: series and signals", await Page.Locator("h1").InnerTextAsync());

        var id = await Wizard.StartAsync(Page, Server, Script);
        Assert.Equal(Script, await Page.Locator("input[name='context.measure']").InputValueAsync());
        Assert.Equal($"Stress test of {Script}", await Page.Locator("p.crumbs").InnerTextAsync());

        // The page is served without any script of its own, so any script element would be the name let loose.
        Assert.Equal(0, await Page.Locator("script").CountAsync());
        Assert.Empty(Dialogs);
        Output.WriteLine($"Stress test {id} and measure {card} shown with the name as text.");
    }
}
