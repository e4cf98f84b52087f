using Goodhart.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>
/// The real app on Kestrel on a loopback port, with its SQLite file in a given folder: built the way
/// <c>goodhart serve</c> builds it (<see cref="GoodhartWebApp.Create"/> with the data folder set).
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private LiveServer(WebApplication app, Uri address, string dataDirectory)
    {
        _app = app;
        Address = address;
        DataDirectory = dataDirectory;
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The folder of the SQLite file.</summary>
    public string DataDirectory { get; }

    /// <summary>The port the app listens on.</summary>
    public int Port => Address.Port;

    /// <summary>Starts the app on <paramref name="port"/> (0: a free one) with its data in <paramref name="dataDirectory"/>.</summary>
    public static async Task<LiveServer> StartAsync(string dataDirectory, int port = 0)
    {
        var app = GoodhartWebApp.Create([], builder =>
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Configuration[$"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.DataDirectory)}"] = dataDirectory;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return new LiveServer(app, address, dataDirectory);
    }

    /// <summary>Stops this app and starts a new one on the same port and data folder, as after a restart of the server.</summary>
    public async Task<LiveServer> RestartAsync()
    {
        await DisposeAsync();
        return await StartAsync(DataDirectory, Port);
    }

    /// <summary>An absolute address on this server.</summary>
    public string Url(string path) => new Uri(Address, path.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
        // The pool would keep the SQLite file open after the app is gone.
        SqliteConnection.ClearAllPools();
    }
}
