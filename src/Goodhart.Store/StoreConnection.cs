namespace Goodhart.Store;

/// <summary>Which database the registry lives in.</summary>
public abstract record StoreConnection
{
    private StoreConnection()
    {
    }

    /// <summary>An embedded SQLite file; its folder is created when missing.</summary>
    /// <param name="Path">The database file.</param>
    public sealed record Sqlite(string Path) : StoreConnection
    {
        /// <inheritdoc />
        public override string Describe() => "SQLite database " + Path;
    }

    /// <summary>A PostgreSQL database, for a team sharing one registry.</summary>
    /// <param name="ConnectionString">An Npgsql connection string.</param>
    public sealed record Postgres(string ConnectionString) : StoreConnection
    {
        /// <inheritdoc />
        public override string Describe()
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL database {builder.Database ?? builder.Username ?? "(the server's default)"} on {builder.Host}:{builder.Port}";
        }

        // The password never reaches logs or the console.
        /// <inheritdoc />
        public override string ToString() => Describe();
    }

    /// <summary>Where the data is, in words for the console; never includes a password.</summary>
    public abstract string Describe();
}
