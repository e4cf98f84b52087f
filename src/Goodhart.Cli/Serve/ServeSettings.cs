using Goodhart.Store;

namespace Goodhart.Cli.Serve;

/// <summary>What <c>goodhart serve</c> was asked for, resolved: the addresses and the database.</summary>
/// <param name="Urls">The addresses to listen on.</param>
/// <param name="Store">The database: a SQLite file in the data folder, or PostgreSQL.</param>
/// <param name="DataDirectory">The data folder, when SQLite is used.</param>
internal sealed record ServeSettings(IReadOnlyList<Uri> Urls, StoreConnection Store, string? DataDirectory)
{
    /// <summary>The environment variable that may hold a PostgreSQL connection string instead of --postgres.</summary>
    public const string PostgresVariable = "GOODHART_POSTGRES";

    /// <summary>
    /// Resolves the options: --postgres, else GOODHART_POSTGRES unless --data was given, else SQLite in --data (or the
    /// default data folder). Addresses must be absolute http or https URLs.
    /// </summary>
    public static ServeSettings Resolve(string urls, string? data, string? postgres, string? postgresVariable, string defaultDataDirectory, Func<string, string> resolvePath)
    {
        var problems = new List<string>();
        var parsed = new List<Uri>();
        foreach (var url in urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                parsed.Add(uri);
            }
            else
            {
                problems.Add($"--urls: '{url}' is not an address to listen on; write it like http://127.0.0.1:5000.");
            }
        }

        if (parsed.Count == 0 && problems.Count == 0)
        {
            problems.Add("--urls: give at least one address, e.g. http://127.0.0.1:5000.");
        }

        if (!string.IsNullOrWhiteSpace(data) && !string.IsNullOrWhiteSpace(postgres))
        {
            problems.Add("--data and --postgres choose different databases; give one of them.");
        }

        var connection = !string.IsNullOrWhiteSpace(postgres) ? postgres
            : string.IsNullOrWhiteSpace(data) && !string.IsNullOrWhiteSpace(postgresVariable) ? postgresVariable
            : null;
        if (connection is not null)
        {
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            }
            catch (ArgumentException e)
            {
                var source = string.IsNullOrWhiteSpace(postgres) ? PostgresVariable : "--postgres";
                problems.Add($"{source}: not a PostgreSQL connection string ({e.Message}); write it like Host=db.example.org;Database=goodhart;Username=goodhart.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException([.. problems.Select(p => new Goodhart.Input.InputProblem("", 0, "", p))], "Run 'goodhart serve --help' for the options.");
        }

        if (connection is not null)
        {
            return new ServeSettings(parsed, new StoreConnection.Postgres(connection), null);
        }

        var folder = resolvePath(string.IsNullOrWhiteSpace(data) ? defaultDataDirectory : data);
        return new ServeSettings(parsed, new StoreConnection.Sqlite(Path.Combine(folder, Web.Hosting.GoodhartWebOptions.SqliteFileName)), folder);
    }

    /// <summary>The largest case file a scan accepts, in bytes; <c>null</c> for the app's default.</summary>
    public long? ScanUploadLimit { get; init; }

    /// <summary>A size such as <c>2GB</c>, <c>500MB</c>, <c>64KB</c> or a number of bytes (KB, MB, GB are powers of 1024).</summary>
    public static long? ParseSize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).TrimEnd('B');
        var (digits, factor) = trimmed.Length > 0 && char.IsLetter(trimmed[^1])
            ? (trimmed[..^1], trimmed[^1] switch { 'K' => 1024L, 'M' => 1024L * 1024, 'G' => 1024L * 1024 * 1024, _ => 0L })
            : (trimmed, 1L);
        if (factor == 0 || !double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount)
            || !double.IsFinite(amount) || amount <= 0 || amount * factor > long.MaxValue / 2)
        {
            throw new InputException($"--scan-upload-limit: '{text}' is not a size; write it like 500MB or 4GB.");
        }

        return Math.Max(1, (long)(amount * factor));
    }

    /// <summary>The addresses that are not on this computer's loopback interface.</summary>
    public IEnumerable<Uri> Exposed => Urls.Where(u => !u.IsLoopback);
}
