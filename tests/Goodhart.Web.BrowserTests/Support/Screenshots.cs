using Goodhart.Testing;
using Microsoft.Playwright;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>
/// Where the tests leave what they saw: screenshots and downloads in <c>artifacts</c> beside the test binary. With
/// GOODHART_WRITE_DOCS_SCREENSHOTS=1 the pages the README shows are also written to docs/images.
/// </summary>
internal static class Screenshots
{
    /// <summary>The environment variable that asks for the README's screenshots.</summary>
    public const string DocsVariable = "GOODHART_WRITE_DOCS_SCREENSHOTS";

    /// <summary>The folder of this run's screenshots and downloads.</summary>
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    private static bool WriteDocs => Environment.GetEnvironmentVariable(DocsVariable) == "1";

    /// <summary>A file in <see cref="Folder"/>.</summary>
    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>Saves the whole page as <paramref name="name"/>.png and returns the path.</summary>
    public static async Task<string> PageAsync(IPage page, string name)
    {
        var path = PathOf(name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// When GOODHART_WRITE_DOCS_SCREENSHOTS=1, saves what the window shows as docs/images/<paramref name="name"/>.png,
    /// after scrolling <paramref name="top"/> to the top of the window; returns the path, or null when not asked.
    /// </summary>
    public static async Task<string?> DocsAsync(IPage page, string name, ILocator? top = null)
    {
        if (!WriteDocs)
        {
            return null;
        }

        if (top is not null)
        {
            await top.EvaluateAsync("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 16)");
        }

        var path = RepositoryRoot.Combine("docs", "images", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
