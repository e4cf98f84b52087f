using Goodhart.Store;

namespace Goodhart.Web.Hosting;

/// <summary>Where the web app keeps its data; bound from the configuration section <c>Goodhart</c>.</summary>
public sealed class GoodhartWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Goodhart";

    /// <summary>The folder of the SQLite file; defaults to <see cref="DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>An Npgsql connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>The folder under the user's local application data where the SQLite file goes by default.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "goodhart");

    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string SqliteFileName = "goodhart.db";

    /// <summary>The database these options point at.</summary>
    public StoreConnection Connection() => string.IsNullOrWhiteSpace(Postgres)
        ? new StoreConnection.Sqlite(Path.Combine(Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory : DataDirectory), SqliteFileName))
        : new StoreConnection.Postgres(Postgres);
}
