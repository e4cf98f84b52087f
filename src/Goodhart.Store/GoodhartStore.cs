using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Store;

/// <summary>Connects the registry's context to its database and brings the schema up to date.</summary>
public static class GoodhartStore
{
    /// <summary>Points the options at the database.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, StoreConnection connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connection);
        return connection switch
        {
            StoreConnection.Sqlite sqlite => options.UseSqlite(SqliteConnectionString(sqlite.Path)),
            StoreConnection.Postgres postgres => options.UseNpgsql(postgres.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(connection), connection, "Not a kind of store."),
        };
    }

    /// <summary>Options for a context on the database, e.g. for a tool or a test.</summary>
    public static DbContextOptions<GoodhartDbContext> Options(StoreConnection connection) =>
        (DbContextOptions<GoodhartDbContext>)new DbContextOptionsBuilder<GoodhartDbContext>().Use(connection).Options;

    /// <summary>
    /// Creates the SQLite file's folder, applies every migration not yet applied, and puts SQLite in write-ahead-log
    /// mode so readers do not block the writer.
    /// </summary>
    public static async Task MigrateAsync(GoodhartDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (context.Database.IsSqlite())
        {
            // WAL is a property of the file: set once, it stays for every later connection.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, ForeignKeys = true }.ToString();
}
