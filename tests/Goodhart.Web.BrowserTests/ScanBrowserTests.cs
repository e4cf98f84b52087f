using System.Text.RegularExpressions;
using Goodhart.Data.Simulation;
using Goodhart.Simulation;
using Goodhart.Testing;
using Goodhart.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>A gaming scan in Chromium against the real server: uploaded, mapped, run to its findings, downloaded, deleted.</summary>
public sealed partial class ScanBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    /// <summary>The seven findings, in the scan's order.</summary>
    private static readonly string[] Codes = ["rushing", "parking", "pretend-numbers", "storing-up", "reclassification", "cherry-picking", "rework"];

    private static readonly string[] Severities = ["clear", "watch", "alert", "not-enough-data"];

    /// <summary>
    /// A simulated year of 4,000 cases with strong rushing and reclassification from mid-year on, written as CSV by
    /// the library's writer: enough for the scan to raise something that is not clear.
    /// </summary>
    private static readonly Lazy<string> CaseLog = new(() =>
    {
        var path = Screenshots.PathOf("cases.csv");
        var settings = new SimulationSettings(4_000, 7) { Gaming = GamingStrengths.Parse("rushing=0.9,reclassification=0.8") };
        CaseLogWriter.Write(path, new CaseLogSimulator(settings).Cases());
        return path;
    });

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Uploads the case log through /scans/new with the file chooser; returns the scan's id from the map page's address.</summary>
    private async Task<Guid> UploadAsync(IPage page)
    {
        await GoAsync(page, "/scans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Scan a case file" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/scans/new", StringComparison.Ordinal));
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByLabel("Case file").ClickAsync());
        await chooser.SetFilesAsync(CaseLog.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map the columns" }).ClickAsync();
        await page.WaitForURLAsync(MapAddress());
        return Guid.Parse(MapAddress().Match(page.Url).Groups[1].Value);
    }

    /// <summary>Chooses the columns in the lists and types the options, as a person fills the map form.</summary>
    private static async Task MapAsync(IPage page)
    {
        await page.GetByLabel("Start time").SelectOptionAsync("arrival");
        await page.GetByLabel("End time").SelectOptionAsync("departure");
        await page.GetByLabel("Unit").SelectOptionAsync("minutes");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("240");
        await page.GetByLabel("A case at the target").SelectOptionAsync("lt");
        await page.GetByLabel("Reporting period").SelectOptionAsync("month");
        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync("category");
        await page.GetByLabel("Exempt categories").FillAsync(SimulationSettings.ExemptCategory);
        await page.GetByLabel("Priority").SelectOptionAsync("priority");
        await page.GetByLabel("Person").SelectOptionAsync("person_id");
        await page.GetByLabel("Repeat window").FillAsync("7d");
    }

    [Fact]
    public async Task Scan_UploadedMappedAndRun_ShowsSevenFindingsThePdfAndIsGoneOnceDeleted()
    {
        var id = await UploadAsync(Page);
        Assert.Equal("Map the columns of cases.csv", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal(10, await Page.Locator("#preview tbody tr").CountAsync());
        Assert.Equal(1, await Page.Locator("#preview thead th", new() { HasTextString = "departure" }).CountAsync());
        await MapAsync(Page);
        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("scan-map");

        // Asked before the map is sent: the progress page may be shown for only a moment.
        var progressShown = Page.Locator("#progress").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run the scan" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith($"/scans/{id}", StringComparison.Ordinal));
        var headline = Page.Locator("#headline");
        if (await Page.Locator("#progress").CountAsync() == 1)
        {
            await progressShown;
            Assert.Equal("100", await Page.Locator("#scan-progress").GetAttributeAsync("max"));
            Assert.Equal(1, await Page.Locator("script[src='/scan-progress.js']").CountAsync());
            await ScreenshotAsync("scan-progress");
        }
        else
        {
            Output.WriteLine("The scan had finished before its page was first shown; no progress to see.");
        }

        // The script asks the API and reloads the page once the scan has ended: the findings come without a click.
        await headline.WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal(0, await Page.Locator("#progress").CountAsync());
        Assert.Equal(0, await Page.Locator("#failure").CountAsync());
        Assert.Equal("Gaming scan of cases.csv", await Page.Locator("h1").InnerTextAsync());

        var severities = new List<string>();
        foreach (var code in Codes)
        {
            var finding = Page.Locator($"#finding-{code}");
            Assert.Equal(1, await finding.CountAsync());
            var severity = await finding.Locator("h3 .severity").GetAttributeAsync("class");
            var kind = severity!.Split(' ').Single(c => c != "severity");
            Assert.Contains(kind, Severities);
            Assert.Equal(kind == "not-enough-data" ? "not enough data" : kind, await finding.Locator("h3 .severity").InnerTextAsync());
            Assert.NotEmpty((await finding.Locator("p.verdict").InnerTextAsync()).Trim());
            severities.Add(kind);
        }

        Output.WriteLine("Severities: " + string.Join(", ", Codes.Zip(severities, (c, s) => $"{c}={s}")));
        Assert.Equal(Codes.Length, await Page.Locator("#summary tbody tr").CountAsync());
        Assert.Contains(severities, s => s is "watch" or "alert");
        var alerts = severities.Count(s => s == "alert");
        var watches = severities.Count(s => s == "watch");
        var expected = alerts > 0 ? $"{alerts} alert{(alerts == 1 ? "" : "s")}, {watches} to watch." : $"No alert; {watches} to watch.";
        Assert.StartsWith(expected, Flat(await headline.InnerTextAsync()), StringComparison.Ordinal);
        Assert.True(await Page.Locator("section.finding figure.chart svg").CountAsync() > 0, "No finding has its chart.");

        await AssertFitsTheWidthAsync(Page);
        await ScreenshotAsync("scan-findings");
        await ScreenshotAtAsync("scan-findings-first", Page.Locator("section.finding").First);
        await DocsScreenshotAsync("web-scan-findings", Page.Locator("h1"));

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#downloads").GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = Screenshots.PathOf("scan-report.pdf");
        await download.SaveAsAsync(pdf);
        Output.WriteLine($"PDF: {pdf}");
        var text = Flat(Poppler.Text(pdf));
        Assert.Contains("cases.csv", text, StringComparison.Ordinal);
        foreach (var title in await Page.Locator("#summary tbody td:first-child a").AllInnerTextsAsync())
        {
            Assert.Contains(Flat(title), text, StringComparison.Ordinal);
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete the scan and its file" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith($"/scans/{id}/delete", StringComparison.Ordinal));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete the scan" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/scans", StringComparison.Ordinal));
        Assert.Equal(0, await Page.Locator($"a[href='/scans/{id}']").CountAsync());
        Assert.Equal(1, await Page.Locator("#no-scans").CountAsync());
        var gone = await Page.GotoAsync(Server.Url($"/scans/{id}"));
        Assert.Equal(404, gone!.Status);
        ConsoleErrors.RemoveAll(e => e.Contains("404", StringComparison.Ordinal) && e.Contains($"/scans/{id}", StringComparison.Ordinal));

        AssertCleanConsole();
    }

    [Fact]
    public async Task Scan_WithJavaScriptOff_IsUploadedMappedAndReachesItsFindingsByTheRefresh()
    {
        var page = await NewPersonAsync(javaScriptEnabled: false);
        var id = await UploadAsync(page);
        await MapAsync(page);

        var documents = 0;
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Url.EndsWith($"/scans/{id}", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref documents);
            }
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the scan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/scans/{id}", StringComparison.Ordinal));
        var firstShowedProgress = await page.Locator("#progress").CountAsync() == 1;
        if (firstShowedProgress)
        {
            Assert.Equal(1, await page.Locator("noscript").CountAsync());
            Assert.Contains("http-equiv=\"refresh\"", await page.Locator("head").InnerHTMLAsync(), StringComparison.Ordinal);
        }

        await page.Locator("#headline").WaitForAsync(new() { Timeout = 120_000 });
        Output.WriteLine($"The scan's page was loaded {documents} times; the first {(firstShowedProgress ? "showed the progress" : "already showed the findings")}.");
        if (firstShowedProgress)
        {
            // Nothing ran in the page: only the meta refresh can have brought the findings.
            Assert.True(documents >= 2, $"The page was loaded {documents} times.");
        }

        foreach (var code in Codes)
        {
            Assert.Equal(1, await page.Locator($"#finding-{code}").CountAsync());
        }

        Assert.Equal(0, await page.Locator("meta[http-equiv=refresh]").CountAsync());
        AssertCleanConsole();
    }

    /// <summary>The address of a scan's map page; group 1 is the scan's id.</summary>
    [GeneratedRegex("/scans/([0-9a-f-]{36})/map$")]
    private static partial Regex MapAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
