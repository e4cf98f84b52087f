namespace Goodhart.Data.Cases;

/// <summary>One column of a case file as the engine sees it.</summary>
/// <param name="Name">The name from the header (or the Parquet schema), exactly as written.</param>
/// <param name="Type">The engine's type name, e.g. <c>VARCHAR</c>, <c>TIMESTAMP</c>, <c>DOUBLE</c> (DuckDB), <c>TEXT</c>,
/// <c>CHARACTER VARYING</c>, <c>TIMESTAMP WITHOUT TIME ZONE</c> (PostgreSQL).</param>
public sealed record CaseColumn(string Name, string Type)
{
    /// <summary>Whether the column holds text, which dates must be parsed from.</summary>
    public bool IsText =>
        Type.StartsWith("VARCHAR", StringComparison.OrdinalIgnoreCase) || Type.StartsWith("CHARACTER", StringComparison.OrdinalIgnoreCase)
        || Type.Equals("TEXT", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the column holds whole numbers (an integer type of DuckDB or PostgreSQL).</summary>
    public bool IsWholeNumber =>
        Type.ToUpperInvariant() is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT"
            or "UINTEGER" or "UBIGINT" or "UHUGEINT" or "INT" or "INT2" or "INT4" or "INT8";
}
