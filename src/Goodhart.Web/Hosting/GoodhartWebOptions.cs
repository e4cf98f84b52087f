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

    /// <summary>
    /// The largest case file a scan accepts, in bytes; <c>null</c> for <see cref="DefaultScanUploadLimit"/>
    /// (<c>goodhart serve --scan-upload-limit</c>, or <c>Goodhart:ScanUploadLimit</c> in configuration).
    /// </summary>
    public long? ScanUploadLimit { get; set; }

    /// <summary>The largest case file a scan accepts unless configured: 2 GiB.</summary>
    public const long DefaultScanUploadLimit = 2L * 1024 * 1024 * 1024;

    /// <summary>The upload limit in force.</summary>
    public long EffectiveScanUploadLimit => ScanUploadLimit is > 0 and { } limit ? limit : DefaultScanUploadLimit;

    /// <summary>
    /// The data folder: where the SQLite file goes, and where uploaded case files and scan reports are kept (also when
    /// the database is PostgreSQL).
    /// </summary>
    public string DataFolder() => Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory : DataDirectory);

    /// <summary>The folder under the user's local application data where the SQLite file goes by default.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "goodhart");

    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string SqliteFileName = "goodhart.db";

    /// <summary>The database these options point at.</summary>
    public StoreConnection Connection() => string.IsNullOrWhiteSpace(Postgres)
        ? new StoreConnection.Sqlite(Path.Combine(DataFolder(), SqliteFileName))
        : new StoreConnection.Postgres(Postgres);
}
