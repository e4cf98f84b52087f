using Npgsql;

namespace Goodhart.Data.Tests.Support;

/// <summary>
/// The PostgreSQL server ./test.sh starts for the tests, through GOODHART_TEST_POSTGRES, and the tables a test loads
/// into it (dropped on dispose). Without the variable a test fails, never skips: run ./test.sh.
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    private readonly List<string> _tables = [];

    public TestPostgres()
    {
        var connectionString = Environment.GetEnvironmentVariable("GOODHART_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail("GOODHART_TEST_POSTGRES is not set: run ./test.sh, which starts a throwaway PostgreSQL server and sets it " +
                "(or set it to an Npgsql connection string, e.g. Host=127.0.0.1;Port=25432;Username=postgres;Database=postgres).");
        }

        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>A table name no other test uses, with the given prefix.</summary>
    public static string UniqueName(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Creates a table of text columns and copies a CSV file into it with COPY (its header line skipped), so the table
    /// holds what DuckDB reads from the same file: every cell as text, empty cells NULL.
    /// </summary>
    public void LoadCsv(string table, IReadOnlyList<string> columns, string csvPath)
    {
        using var connection = Connect();
        var definition = string.Join(", ", columns.Select(c => $"{Quote(c)} text"));
        Execute(connection, $"CREATE TABLE {Quote(table)} ({definition})");
        _tables.Add(table);
        using (var writer = connection.BeginTextImport($"COPY {Quote(table)} FROM STDIN (FORMAT csv, HEADER true)"))
        {
            writer.Write(File.ReadAllText(csvPath));
        }
    }

    /// <summary>Runs a statement, e.g. to create a table the test then drops through <see cref="Track"/>.</summary>
    public void Execute(string sql)
    {
        using var connection = Connect();
        Execute(connection, sql);
    }

    /// <summary>Whether a table of that exact name exists in the current schema.</summary>
    public bool Exists(string table)
    {
        using var connection = Connect();
        using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @t", connection);
        command.Parameters.AddWithValue("t", table);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>Drops the table when the test ends.</summary>
    public void Track(string table) => _tables.Add(table);

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        if (_tables.Count == 0)
        {
            return;
        }

        using var connection = Connect();
        foreach (var table in _tables)
        {
            Execute(connection, $"DROP TABLE IF EXISTS {Quote(table)}");
        }
    }

    private NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
