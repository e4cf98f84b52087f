using System.Text.Json.Serialization;
using Goodhart.Store;
using Goodhart.Web.Api;
using Goodhart.Web.Cards;
using Goodhart.Web.Hosting;
using Goodhart.Web.Reviews;
using Goodhart.Web.Scans;
using Goodhart.Web.Series;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Goodhart.Web;

/// <summary>Builds the web app: used by its own entry point and by <c>goodhart serve</c>.</summary>
public static class GoodhartWebApp
{
    /// <summary>The address the app listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>
    /// Builds the app from command-line arguments and configuration (section <c>Goodhart</c>, see
    /// <see cref="GoodhartWebOptions"/>); <paramref name="configure"/> may add settings before the app is built.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor pages are found in this assembly, also when another program (goodhart serve) hosts the app.
            ApplicationName = typeof(GoodhartWebApp).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // One line per request is enough on the console; EF Core would print every SQL statement.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        configure?.Invoke(builder);
        builder.Services.AddGoodhartWeb(builder.Configuration);

        var app = builder.Build();
        app.UseGoodhartWeb();
        return app;
    }

    /// <summary>The services of the web app: store, pages, API, problem details.</summary>
    public static IServiceCollection AddGoodhartWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GoodhartWebOptions>().Bind(configuration.GetSection(GoodhartWebOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreChanges>();
        services.AddSingleton<StoreChangeInterceptor>();
        services.AddSingleton<RegistryViewCache>();
        // The connection is read when the first context is made, after every configuration source (tests' too) is in.
        // Pooled: each request otherwise builds the context's options and internal services anew, about a third of the
        // processor time of a wizard step (1.10 ms → 0.78 ms).
        services.AddDbContextPool<GoodhartDbContext>((provider, options) => options
            .Use(provider.GetRequiredService<IOptions<GoodhartWebOptions>>().Value.Connection())
            .AddInterceptors(provider.GetRequiredService<StoreChangeInterceptor>()));
        services.AddHostedService<StoreMigrator>();
        services.AddScoped<MeasureRegistry>();
        services.AddSingleton<AnswerSheetCache>();
        services.AddScoped<StressTestSessions>();
        services.AddScoped<StressTeams>();
        services.AddScoped<SeriesBook>();
        services.AddScoped<SeriesCharts>();
        services.AddScoped<ReviewLog>();
        services.AddSingleton<ScanFolders>();
        services.AddSingleton<ScanQueue>();
        services.AddScoped<ScanJobs>();
        services.AddHostedService<ScanWorker>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemWording.Customize);
        services.AddRazorPages(options => options.Conventions.AddPageRoute("/Measures/Edit", "measures/new"))
            .AddMvcOptions(options => options.Filters.Add<AntiforgeryProblemFilter>())
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<JsonOptions>(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // A body the API cannot read reaches the exception handler, so its problem details can say what was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Goodhart API";
            document.Info.Description = "The registry of measure cards with their health check, their series, stress tests alone or as a team, the review log, and gaming scans of case files. Every 4xx answer is a problem-details object with a readable detail.";
            return Task.CompletedTask;
        }));
        services.AddOutputCache();
        return services;
    }

    /// <summary>The request pipeline and endpoints of the web app.</summary>
    public static WebApplication UseGoodhartWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseOutputCache();
        app.MapGet("/site.css", Assets.SiteCss).ExcludeFromDescription();
        app.MapGet("/scan-progress.js", Assets.ScanProgressScript).ExcludeFromDescription();
        app.MapGet("/favicon.svg", Assets.Favicon).ExcludeFromDescription();
        // The document describes endpoints fixed at start-up, and building it costs about 17 ms of processor time.
        app.MapOpenApi().CacheOutput(policy => policy.Expire(TimeSpan.FromDays(1)));
        app.MapMeasureApi();
        app.MapStressTests();
        app.MapSeriesApi();
        app.MapStressTestApi();
        app.MapReviewApi();
        app.MapScanApi();
        app.MapScanDownloads();
        app.MapRazorPages();
        return app;
    }
}
