using System.Data.Common;
using Goodhart.Input;
using Npgsql;

namespace Goodhart.Data.Cases;

/// <content>Opening a case log that is a table in a PostgreSQL database: the summaries run in the server.</content>
public sealed partial class CaseSource
{
    /// <summary>
    /// Opens a table of a PostgreSQL (15 or later) database as a case log: one connection, held until the source is
    /// disposed, in which the summaries run as queries on the server. The table name is checked against
    /// <c>information_schema</c> (the tables and views of the current schema: the exact name, else the one equal to it
    /// ignoring case) and only ever used quoted. The session's time zone is set to UTC, so <c>timestamptz</c> columns are
    /// read as UTC wall-clock times, and a few functions are created in the session's temporary schema (the user needs
    /// the TEMPORARY privilege, so a read-only standby will not do).
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (e.g. <c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="table">The table's name, as the database knows it (no schema prefix).</param>
    /// <returns>The open source (dispose it), or the problem: cannot connect, unknown table (listing the tables), no columns.</returns>
    public static Loaded<CaseSource> OpenPostgres(string connectionString, string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(table);
        var source = table;
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException e)
        {
            return Fail(source, $"not a PostgreSQL connection string: {FirstLine(e.Message)}");
        }

        var dialect = PostgresDialect.Instance;
        try
        {
            connection.Open();
            var (schema, tables) = Tables(connection);
            var loose = tables.Where(t => string.Equals(t, table, StringComparison.OrdinalIgnoreCase)).ToList();
            var name = tables.Contains(table, StringComparer.Ordinal) ? table : loose.Count == 1 ? loose[0] : null;
            if (name is null)
            {
                connection.Dispose();
                var shown = tables.Count == 0 ? "it has none" : "its tables are " + string.Join(", ", tables.Select(t => $"'{t}'"));
                var why = loose.Count > 1 ? $"'{table}' matches {string.Join(", ", loose.Select(t => $"'{t}'"))} when case is ignored; use the exact name" : $"there is no table '{table}' in the schema '{schema}'; {shown}";
                return Loaded<CaseSource>.Failed([new InputProblem(source, 0, "table", why)]);
            }

            ExecuteOn(connection, "SET TIME ZONE 'UTC'");
            ExecuteOn(connection, PostgresDialect.SessionFunctions);
            var columns = PostgresColumns(connection, schema, name);
            if (columns.Count == 0)
            {
                connection.Dispose();
                return Fail(name, "the table has no columns");
            }

            var from = $"{dialect.QuoteIdentifier(schema)}.{dialect.QuoteIdentifier(name)}";
            return Loaded<CaseSource>.Ok(new CaseSource(name, connection, dialect, from, columns));
        }
        catch (DbException e)
        {
            connection.Dispose();
            return Fail(source, $"cannot read the table from PostgreSQL: {FirstLine(e.Message)}");
        }
        catch (InvalidOperationException e)
        {
            connection.Dispose();
            return Fail(source, $"cannot connect to PostgreSQL: {FirstLine(e.Message)}");
        }
    }

    private static (string Schema, List<string> Tables) Tables(NpgsqlConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT current_schema(), table_name FROM information_schema.tables
            WHERE table_schema = current_schema() ORDER BY table_name COLLATE "C"
            """;
        using var reader = command.ExecuteReader();
        string? schema = null;
        var tables = new List<string>();
        while (reader.Read())
        {
            schema ??= reader.GetString(0);
            tables.Add(reader.GetString(1));
        }

        reader.Close();
        if (schema is null)
        {
            command.CommandText = "SELECT coalesce(current_schema(), '')";
            schema = (string)command.ExecuteScalar()!;
        }

        return (schema, tables);
    }

    private static List<CaseColumn> PostgresColumns(NpgsqlConnection connection, string schema, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT column_name, upper(data_type) FROM information_schema.columns
            WHERE table_schema = @schema AND table_name = @table ORDER BY ordinal_position
            """;
        command.Parameters.Add(new NpgsqlParameter("schema", schema));
        command.Parameters.Add(new NpgsqlParameter("table", table));
        using var reader = command.ExecuteReader();
        var columns = new List<CaseColumn>();
        while (reader.Read())
        {
            columns.Add(new CaseColumn(reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static void ExecuteOn(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
