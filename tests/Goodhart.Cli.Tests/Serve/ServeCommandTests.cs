using System.Net;
using Goodhart.Cli.Serve;
using Goodhart.Cli.Tests.Support;
using Goodhart.Store;
using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.Serve;

public sealed class ServeCommandTests
{
    private static readonly Func<string, string> Here = p => Path.GetFullPath(p, "/home/someone");

    private static ServeSettings Resolve(string urls = "http://127.0.0.1:5000", string? data = null, string? postgres = null, string? variable = null) =>
        ServeSettings.Resolve(urls, data, postgres, variable, "/home/someone/.local/share/goodhart", Here);

    [Fact]
    public void Resolve_Defaults_SqliteInTheUsersDataFolderOnLoopback()
    {
        var settings = Resolve();

        Assert.Equal(new StoreConnection.Sqlite("/home/someone/.local/share/goodhart/goodhart.db"), settings.Store);
        Assert.Equal("/home/someone/.local/share/goodhart", settings.DataDirectory);
        Assert.Equal([new Uri("http://127.0.0.1:5000")], settings.Urls);
        Assert.Empty(settings.Exposed);
    }

    [Fact]
    public void Resolve_DataFolder_IsTakenRelativeToTheCurrentFolder()
    {
        var settings = Resolve(data: "registry");

        Assert.Equal(new StoreConnection.Sqlite("/home/someone/registry/goodhart.db"), settings.Store);
    }

    [Fact]
    public void Resolve_PostgresOptionOrVariable_UsesPostgres()
    {
        Assert.Equal(new StoreConnection.Postgres("Host=a;Database=g"), Resolve(postgres: "Host=a;Database=g").Store);
        Assert.Equal(new StoreConnection.Postgres("Host=b"), Resolve(variable: "Host=b").Store);
        Assert.Equal(new StoreConnection.Postgres("Host=a"), Resolve(postgres: "Host=a", variable: "Host=b").Store);
    }

    [Fact]
    public void Resolve_DataFolderGiven_WinsOverTheVariable()
    {
        Assert.IsType<StoreConnection.Sqlite>(Resolve(data: "here", variable: "Host=b").Store);
    }

    [Fact]
    public void Resolve_NonLoopbackAddress_IsReportedAsExposed()
    {
        var settings = Resolve(urls: "http://127.0.0.1:5000;http://0.0.0.0:8080");

        Assert.Equal([new Uri("http://0.0.0.0:8080")], settings.Exposed);
    }

    [Fact]
    public void Resolve_BadOptions_ListsEveryProblem()
    {
        var e = Assert.Throws<InputException>(() => Resolve(urls: "localhost:5000", data: "d", postgres: "Host=a;Bogus Key=1"));

        Assert.Equal(
            [
                "--urls: 'localhost:5000' is not an address to listen on; write it like http://127.0.0.1:5000.",
                "--data and --postgres choose different databases; give one of them.",
            ],
            e.Problems.Take(2).Select(p => p.Message));
        Assert.StartsWith("--postgres: not a PostgreSQL connection string", e.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_BadUrl_ExitsWith2AndSaysWhy()
    {
        using var run = new CliRun();

        var exit = run.Run("serve", "--urls", "nowhere");

        Assert.Equal(2, exit);
        Assert.Contains("--urls: 'nowhere' is not an address", run.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Sqlite_PrintsAddressAndDatabase_ServesTheRegistry_StopsWhenCancelled()
    {
        var folder = Path.Combine(Path.GetTempPath(), "goodhart-serve-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var context = new CliContext(new TestConsole(), TextWriter.Synchronized(output), error, TimeProvider.System, folder, CanPrompt: false);
            var settings = ServeSettings.Resolve("http://127.0.0.1:0", folder, null, null, "unused", context.Resolve);
            using var stop = new CancellationTokenSource();

            var serving = ServeCommand.RunAsync(settings, context, stop.Token);
            var address = await AddressAsync(output, serving);
            using var http = new HttpClient();
            var page = await http.GetAsync(new Uri(new Uri(address), "/measures"));
            await stop.CancelAsync();
            await serving;

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Data: SQLite database {Path.Combine(folder, "goodhart.db")}", output.ToString(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "goodhart.db")));
            Assert.Equal("", error.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Waits (without a time limit of its own: the test runner's is enough) for the line the command prints once listening.
    private static async Task<string> AddressAsync(StringWriter output, Task serving)
    {
        while (true)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Goodhart is running at ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line["Goodhart is running at ".Length..].Trim();
            }

            if (serving.IsCompleted)
            {
                await serving;
                Assert.Fail("serve stopped before it said where it listens:\n" + output);
            }

            await Task.Delay(50);
        }
    }

    [Theory]
    [InlineData("500MB", 500L * 1024 * 1024)]
    [InlineData("2GB", 2L * 1024 * 1024 * 1024)]
    [InlineData("1.5 gb", 3L * 512 * 1024 * 1024)]
    [InlineData("64K", 64L * 1024)]
    [InlineData("1048576", 1048576L)]
    public void ParseSize_Written_GivesBytesInPowersOf1024(string text, long bytes) => Assert.Equal(bytes, ServeSettings.ParseSize(text));

    [Theory]
    [InlineData("lots")]
    [InlineData("-5MB")]
    [InlineData("5TB")]
    public void ParseSize_NotASize_IsAnInputErrorNamingTheOption(string text)
    {
        var error = Assert.Throws<InputException>(() => ServeSettings.ParseSize(text));

        Assert.StartsWith("--scan-upload-limit:", error.Problems[0].Message, StringComparison.Ordinal);
    }
}
