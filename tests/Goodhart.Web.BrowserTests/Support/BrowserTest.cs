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
    private IBrowserContext? _context;

    protected ITestOutputHelper Output { get; } = output;

    protected LiveServer Server { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Every dialog (alert, confirm, prompt) a page opened.</summary>
    protected List<string> Dialogs { get; } = [];

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
        Page = await _context.NewPageAsync();
        Page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public async Task DisposeAsync()
    {
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
    protected async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(Server.Url(path));
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
