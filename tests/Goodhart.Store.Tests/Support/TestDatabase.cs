using Npgsql;

namespace Goodhart.Store.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a database of its own on the
/// PostgreSQL server ./test.sh starts (GOODHART_TEST_POSTGRES). Without that variable a PostgreSQL test fails, never
/// skips. Removed on dispose.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _database;

    private TestDatabase(StoreConnection connection, string? folder, string? adminConnection, string? database)
    {
        Connection = connection;
        _folder = folder;
        _adminConnection = adminConnection;
        _database = database;
    }

    public StoreConnection Connection { get; }

    public static TestDatabase Create(string engine) => engine switch
    {
        "sqlite" => Sqlite(),
        "postgres" => Postgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "sqlite or postgres"),
    };

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "goodhart-store-" + Guid.NewGuid().ToString("N")[..12]);
        return new TestDatabase(new StoreConnection.Sqlite(Path.Combine(folder, "goodhart.db")), folder, null, null);
    }

    public static TestDatabase Postgres()
    {
        var admin = Environment.GetEnvironmentVariable("GOODHART_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Fail("GOODHART_TEST_POSTGRES is not set: run ./test.sh, which starts a throwaway PostgreSQL server and sets it " +
                "(or set it to an Npgsql connection string, e.g. Host=127.0.0.1;Port=25432;Username=postgres;Database=postgres).");
        }

        var database = "goodhart_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute(admin, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        return new TestDatabase(new StoreConnection.Postgres(connection), null, admin, database);
    }

    public GoodhartDbContext Open() => new(GoodhartStore.Options(Connection));

    public void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(_adminConnection, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
