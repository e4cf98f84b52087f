namespace Goodhart.Web.Hosting;

/// <summary>The stylesheet, the scan-progress script and the icon, embedded in the assembly.</summary>
internal static class Assets
{
    private static readonly Lazy<string> Css = new(() => Read("site.css"));
    private static readonly Lazy<string> ScanProgress = new(() => Read("scan-progress.js"));
    private static readonly Lazy<string> Icon = new(() => Read("favicon.svg"));

    public static IResult SiteCss(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(Css.Value, "text/css; charset=utf-8");
    }

    /// <summary>The script that keeps a running scan's page up to date without reloading it (the page works without it).</summary>
    public static IResult ScanProgressScript(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(ScanProgress.Value, "text/javascript; charset=utf-8");
    }

    /// <summary>The site's icon; without one the browser asks for /favicon.ico on every first visit and logs the 404.</summary>
    public static IResult Favicon(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Text(Icon.Value, "image/svg+xml; charset=utf-8");
    }

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Goodhart.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
