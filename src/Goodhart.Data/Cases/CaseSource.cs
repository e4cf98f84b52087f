using System.Data.Common;
using DuckDB.NET.Data;
using Goodhart.Data.Tables;
using Goodhart.Input;

namespace Goodhart.Data.Cases;

/// <summary>
/// A case log (one row per case: a call, an attendance, a ticket) opened in an embedded DuckDB engine, or a table of a
/// PostgreSQL database (<see cref="OpenPostgres"/>), so summaries are computed where the data lives: CSV and Parquet
/// files are queried in place and never loaded into .NET memory; an XLSX workbook, which DuckDB cannot read here, is
/// read once and appended into an in-memory table; a PostgreSQL table is queried on the server. Table and column names
/// from users are checked against the engine's and quoted; values reach the engine as parameters.
/// </summary>
public sealed partial class CaseSource : IDisposable
{
    private const string DuckDbTable = "cases";

    // Only opening is engine-specific (Open for DuckDB, OpenPostgres); the queries go through the base classes and the
    // dialect, written once for both engines.
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    // The table the queries read, already quoted (DuckDB: the view or table over the file; PostgreSQL: the user's table).
    private readonly string _from;

    private CaseSource(string source, DbConnection connection, SqlDialect dialect, string from, IReadOnlyList<CaseColumn> columns)
    {
        Source = source;
        _connection = connection;
        _dialect = dialect;
        _from = from;
        Columns = columns;
    }

    /// <summary>The file name, used to locate problems.</summary>
    public string Source { get; }

    /// <summary>The file's columns, in file order.</summary>
    public IReadOnlyList<CaseColumn> Columns { get; }

    /// <summary>
    /// Opens a case file by its extension: <c>.csv</c>, <c>.txt</c> (delimiter detected), <c>.tsv</c> (tab) — every
    /// column read as text and parsed by the queries —, <c>.parquet</c> with its own types, or <c>.xlsx</c> (the first
    /// sheet, or <paramref name="sheet"/>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="sheet">For workbooks, the sheet to read; <c>null</c> for the first.</param>
    /// <returns>The open source (dispose it), or the problem: unknown extension, missing, empty or unreadable file.</returns>
    public static Loaded<CaseSource> Open(string path, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var source = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".tsv" or ".txt" or ".parquet" or ".xlsx"))
        {
            var shown = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
            return Fail(source, $"cannot read {shown}; expected .csv, .tsv, .txt, .parquet or .xlsx");
        }

        if (!File.Exists(path))
        {
            return Fail(source, Directory.Exists(path) ? "is a folder, not a file" : $"the file does not exist ({Path.GetFullPath(path)})");
        }

        if (new FileInfo(path).Length == 0)
        {
            return Fail(source, "the file is empty");
        }

        var dialect = DuckDbDialect.Instance;
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            var problem = extension == ".xlsx"
                ? LoadWorkbook(connection, dialect, path, source, sheet)
                : CreateView(connection, dialect, Path.GetFullPath(path), extension);
            if (problem is not null)
            {
                connection.Dispose();
                return Loaded<CaseSource>.Failed([problem]);
            }

            var columns = Describe(connection, dialect);
            if (columns.Count == 0)
            {
                connection.Dispose();
                return Fail(source, "the file has no columns");
            }

            return Loaded<CaseSource>.Ok(new CaseSource(source, connection, dialect, dialect.QuoteIdentifier(DuckDbTable), columns));
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            var kind = extension switch { ".parquet" => "a readable Parquet file", ".xlsx" => "a readable workbook", _ => "a readable CSV file" };
            return Fail(source, $"not {kind}: {FirstLine(e.Message)}");
        }
    }

    /// <summary>
    /// Finds a user's column by name: the exact name, else the one column equal to it ignoring case. The name is only
    /// ever used quoted, so whatever it holds it cannot change a query.
    /// </summary>
    /// <param name="name">The name the user gave.</param>
    /// <param name="role">What the column is for, for the message (e.g. <c>start</c>).</param>
    /// <returns>The column, or the problem listing the columns that exist.</returns>
    public Loaded<CaseColumn> Column(string name, string role = "value")
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(role);
        var log = new ProblemLog(Source);
        var index = ColumnResolver.Resolve(Columns.Select(c => c.Name).ToList(), name, role, log);
        return index >= 0 ? Loaded<CaseColumn>.Ok(Columns[index]) : Loaded<CaseColumn>.Failed(log.ToList());
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static InputProblem? CreateView(DuckDBConnection connection, SqlDialect dialect, string fullPath, string extension)
    {
        // A view re-reads the file for each query: nothing is loaded here. The path cannot be a parameter in DDL, so
        // it is quoted as a literal.
        // The delimiter is taken from the header, not sniffed from sample rows: a malformed row then fails the query
        // with DuckDB's message instead of turning the file into one wide column.
        var reader = extension == ".parquet"
            ? $"read_parquet({dialect.QuoteLiteral(fullPath)})"
            : $"read_csv({dialect.QuoteLiteral(fullPath)}, header = true, all_varchar = true, quote = '\"', escape = '\"', " +
              $"delim = {dialect.QuoteLiteral(extension == ".tsv" ? "\t" : Delimiter(fullPath).ToString())})";
        Execute(connection, $"CREATE VIEW {dialect.QuoteIdentifier(DuckDbTable)} AS SELECT * FROM {reader}");
        return null;
    }

    /// <summary>The delimiter of a text table: whichever of comma, semicolon, tab and pipe its header holds most of, outside quotes.</summary>
    private static char Delimiter(string path)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[65_536];
        var read = text.ReadBlock(buffer, 0, buffer.Length);
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0, ['|'] = 0 };
        var quoted = false;
        for (var i = 0; i < read; i++)
        {
            var c = buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        var best = counts.MaxBy(kv => kv.Value);
        return best.Value > 0 ? best.Key : ',';
    }

    private static InputProblem? LoadWorkbook(DuckDBConnection connection, SqlDialect dialect, string path, string source, string? sheet)
    {
        var opened = TableReader.Open(path, sheet);
        if (opened.Value is not { } reader)
        {
            return opened.Problems[0];
        }

        using (reader)
        {
            var names = reader.Columns.Select((c, i) => c.Length == 0 ? $"column{i + 1}" : c).ToArray();
            var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return new InputProblem(source, 1, duplicate.Key, "the column name appears more than once in the header; give the columns distinct names");
            }

            // Cells go in as text, the form the queries parse CSV cells from: dates as ISO 8601, numbers round-trip.
            var definition = string.Join(", ", names.Select(n => $"{dialect.QuoteIdentifier(n)} VARCHAR"));
            Execute(connection, $"CREATE TABLE {dialect.QuoteIdentifier(DuckDbTable)} ({definition})");
            using var appender = connection.CreateAppender(DuckDbTable);
            while (reader.Read())
            {
                var row = appender.CreateRow();
                for (var i = 0; i < names.Length; i++)
                {
                    var cell = reader.GetCell(i);
                    if (cell.IsEmpty)
                    {
                        row.AppendNullValue();
                    }
                    else
                    {
                        row.AppendValue(cell.Text.ToString());
                    }
                }

                row.EndRow();
            }

            return reader.Problem;
        }
    }

    private static List<CaseColumn> Describe(DuckDBConnection connection, SqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM {dialect.QuoteIdentifier(DuckDbTable)}";
        using var reader = command.ExecuteReader();
        var columns = new List<CaseColumn>();
        while (reader.Read())
        {
            columns.Add(new CaseColumn(reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private DbCommand Command(string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(_dialect.CreateParameter(name, value));
        }

        return command;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    private static Loaded<CaseSource> Fail(string source, string message) =>
        Loaded<CaseSource>.Failed([new InputProblem(source, 0, string.Empty, message)]);
}
