using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>
/// One test: a fresh data folder, the app on a free port and a new browser context (its own cookies) with one page.
/// Dialogs are dismissed and counted, so a script that runs shows up as a failure instead of hanging the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("goodhart-browser-").FullName;
    private readonly List<IBrowserContext> _contexts = [];
    private IBrowserContext? _context;

    // Chromium logs a CSP violation as a console error; the event is listened to as well, in case a build words it otherwise.
    private const string CspListener =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    protected ITestOutputHelper Output { get; } = output;

    protected LiveServer Server { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Every dialog (alert, confirm, prompt) a page opened.</summary>
    protected List<string> Dialogs { get; } = [];

    /// <summary>Every console error and uncaught script error of the pages watched (CSP violations show as console errors).</summary>
    protected List<string> ConsoleErrors { get; } = [];

    public async Task InitializeAsync()
    {
        Server = await LiveServer.StartAsync(_dataDirectory);
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        _context.SetDefaultTimeout(30_000);
        await _context.AddInitScriptAsync(CspListener);
        Page = await _context.NewPageAsync();
        Watch(Page);
    }

    /// <summary>
    /// A page in a browser context of its own (its own cookies, as another person's browser), watched like
    /// <see cref="Page"/>; closed with the test.
    /// </summary>
    protected async Task<IPage> NewPersonAsync(bool javaScriptEnabled = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
            JavaScriptEnabled = javaScriptEnabled,
        });
        _contexts.Add(context);
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(CspListener);
        var page = await context.NewPageAsync();
        Watch(page);
        return page;
    }

    /// <summary>Counts the dialogs a page opens (dismissing them) and records its console and script errors.</summary>
    private void Watch(IPage page)
    {
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (ConsoleErrors)
                {
                    ConsoleErrors.Add($"{page.Url}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (ConsoleErrors)
            {
                ConsoleErrors.Add($"{page.Url}: uncaught {error}");
            }
        };
    }

    /// <summary>Checks that the page fits the window's width: nothing sticks out to the right to be scrolled to.</summary>
    protected static async Task AssertFitsTheWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a window of {widths[1]} px.");
    }

    /// <summary>Checks that no watched page logged a console error (a CSP violation among them), threw, or opened a dialog.</summary>
    protected void AssertCleanConsole()
    {
        lock (ConsoleErrors)
        {
            Assert.True(ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", ConsoleErrors));
        }

        Assert.Empty(Dialogs);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temporary-file cleaning.
        }
    }

    /// <summary>Stops the server and starts a new one on the same port and data folder; the browser stays open.</summary>
    protected async Task RestartServerAsync() => Server = await Server.RestartAsync();

    /// <summary>Opens a page of the app and checks it answered 200.</summary>
    protected Task GoAsync(string path) => GoAsync(Page, path);

    /// <summary>Opens a page of the app in <paramref name="page"/> and checks it answered 200.</summary>
    protected async Task GoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(Server.Url(path));
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
    }

    /// <summary>Saves the whole page into the artifacts folder and says where.</summary>
    protected async Task ScreenshotAsync(string name)
    {
        var path = await Screenshots.PageAsync(Page, name);
        Output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Saves the window, scrolled so that <paramref name="top"/> is at its top, into the artifacts folder.</summary>
    protected async Task ScreenshotAtAsync(string name, ILocator top)
    {
        await top.EvaluateAsync("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 16)");
        var path = Screenshots.PathOf(name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Saves the window for the README when asked to (GOODHART_WRITE_DOCS_SCREENSHOTS=1).</summary>
    protected async Task DocsScreenshotAsync(string name, ILocator? top = null)
    {
        if (await Screenshots.DocsAsync(Page, name, top) is { } path)
        {
            Output.WriteLine($"README screenshot: {path}");
        }
    }
}
