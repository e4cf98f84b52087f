using Goodhart.Store.Tests.Support;
using Goodhart.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Goodhart.Web.Tests.Support;

/// <summary>
/// The web app in process on a fresh database of one engine, with the clock fixed at <see cref="Today"/>. Shared by
/// the tests of one class: each test makes its own measures with unique names and looks only at those.
/// </summary>
public abstract class GoodhartAppFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>The largest scan upload the test apps accept: small, so a test can go past it cheaply.</summary>
    public const long ScanUploadLimit = 1024 * 1024;

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    protected GoodhartAppFactory(string engine)
        : this(TestDatabase.Create(engine), ownsDatabase: true)
    {
    }

    private GoodhartAppFactory(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        // Uploads go to the data folder also with PostgreSQL: a throwaway one beside the database.
        DataDirectory = database.Connection is Goodhart.Store.StoreConnection.Sqlite sqlite
            ? Path.GetDirectoryName(sqlite.Path)!
            : Path.Combine(Path.GetTempPath(), "goodhart-web-data-" + new Npgsql.NpgsqlConnectionStringBuilder(((Goodhart.Store.StoreConnection.Postgres)database.Connection).ConnectionString).Database);
    }

    /// <summary>The app's data folder, where scans keep their files.</summary>
    public string DataDirectory { get; }

    /// <summary>The database, for a test that sets up what the pages cannot (a scan left running by a stop).</summary>
    internal TestDatabase Database => _database;

    public string Engine => _database.Connection is Goodhart.Store.StoreConnection.Sqlite ? "sqlite" : "postgres";

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A second app on the same database, as after a restart; disposing it leaves the database in place.</summary>
    public GoodhartAppFactory Restarted() => new SameDatabase(_database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting($"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.DataDirectory)}", DataDirectory);
        builder.UseSetting($"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.ScanUploadLimit)}", ScanUploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_database.Connection is Goodhart.Store.StoreConnection.Postgres postgres)
        {
            builder.UseSetting($"{GoodhartWebOptions.Section}:{nameof(GoodhartWebOptions.Postgres)}", postgres.ConnectionString);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }

    private sealed class SameDatabase(TestDatabase database) : GoodhartAppFactory(database, ownsDatabase: false);

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

public sealed class SqliteApp() : GoodhartAppFactory("sqlite");

public sealed class PostgresApp() : GoodhartAppFactory("postgres");
