using Microsoft.Playwright;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>Debian's Chromium, found through GOODHART_CHROMIUM (default /usr/bin/chromium); Playwright never downloads one.</summary>
internal static class Chromium
{
    /// <summary>The environment variable that may name the Chromium executable.</summary>
    public const string Variable = "GOODHART_CHROMIUM";

    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    // Chromium runs as root in containers, has no GPU here, and must not reach the network on its own.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    /// <summary>The executable; fails with what to install when it is not there, so a missing browser never passes as skipped.</summary>
    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. The browser tests drive the system's Chromium: install it with " +
                $"'apt-get install chromium' (./test.sh does this), or set {Variable} to the browser's path. " +
                "Do not run 'playwright install': no browser is downloaded for these tests.");
        }

        return path;
    }

    /// <summary>Starts a headless Chromium.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path(), Headless = true, Args = Arguments });
}
