using System.CommandLine;
using System.Data.Common;
using Goodhart.Store;
using Goodhart.Web;
using Goodhart.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Goodhart.Cli.Serve;

/// <summary>The <c>goodhart serve</c> verb: the web app on this computer.</summary>
internal static class ServeCommand
{
    public static Command Build(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; separate several with ';'. Only this computer can reach the default.", DefaultValueFactory = _ => GoodhartWebApp.DefaultUrl };
        var data = new Option<string?>("--data") { Description = $"The folder of the SQLite database (default: {GoodhartWebOptions.DefaultDataDirectory})." };
        var postgres = new Option<string?>("--postgres") { Description = $"Use this PostgreSQL database instead of SQLite (an Npgsql connection string; or set {ServeSettings.PostgresVariable})." };
        var uploadLimit = new Option<string?>("--scan-upload-limit") { Description = "The largest case file a scan accepts, e.g. 500MB or 4GB (default 2GB; KB, MB and GB are powers of 1024)." };
        var command = new Command(
            "serve",
            "Start Goodhart in the browser: the registry of measures with its health check, and a JSON API. " +
            "Data goes to a SQLite file in the data folder, or to PostgreSQL for a team; the database is brought up to date at start.");
        command.Options.Add(urls);
        command.Options.Add(data);
        command.Options.Add(postgres);
        command.Options.Add(uploadLimit);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = ServeSettings.Resolve(
                parsed.GetValue(urls)!,
                parsed.GetValue(data),
                parsed.GetValue(postgres),
                Environment.GetEnvironmentVariable(ServeSettings.PostgresVariable),
                GoodhartWebOptions.DefaultDataDirectory,
                context.Resolve) with
            { ScanUploadLimit = ServeSettings.ParseSize(parsed.GetValue(uploadLimit)) };
            await RunAsync(settings, context, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Starts the app, says where it is and where its data goes, and runs until stopped.</summary>
    public static async Task RunAsync(ServeSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var app = GoodhartWebApp.Create([], builder =>
        {
            builder.WebHost.UseUrls([.. settings.Urls.Select(u => u.ToString())]);
            builder.Configuration[$"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.DataDirectory)}"] = settings.DataDirectory;
            builder.Configuration[$"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.Postgres)}"] =
                (settings.Store as StoreConnection.Postgres)?.ConnectionString;
            if (settings.ScanUploadLimit is { } limit)
            {
                builder.Configuration[$"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.ScanUploadLimit)}"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            // The command prints what a person needs: where the app is and where its data goes. The framework's lines
            // would repeat it, and a database that cannot be opened is reported once, without a stack trace.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
            builder.Services.AddSingleton(context.Clock);
        });
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw new InputException($"The database could not be opened ({settings.Store.Describe()}): {e.Message}",
                    settings.Store is StoreConnection.Postgres ? "Check the connection string and that the server is running." : "Check that the data folder can be written to.");
            }
            catch (IOException e)
            {
                throw new InputException($"Goodhart could not start listening on {string.Join(", ", settings.Urls)}: {e.Message}", "Is another program using that port? Choose another with --urls.");
            }

            foreach (var url in app.Urls)
            {
                context.Out.WriteLine($"Goodhart is running at {url}");
            }

            context.Out.WriteLine($"Data: {settings.Store.Describe()}");
            foreach (var exposed in settings.Exposed)
            {
                context.Error.WriteLine($"goodhart: warning: {exposed} can be reached from other computers, and there is no sign-in yet: anyone who can reach it can read and change the registry.");
            }

            context.Out.WriteLine("Press Ctrl+C to stop.");
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
