using System.Data.Common;

namespace Goodhart.Data.Cases;

/// <summary>
/// What differs between SQL engines in the summary queries: quoting, parameters, casts that yield NULL instead of
/// failing, the seconds between two timestamps, and reporting periods. One subclass per engine (DuckDB and
/// PostgreSQL); the summary queries are written once against this class.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>Quotes a column or table name as an identifier, so any text (quotes, semicolons, comments) is only a name.</summary>
    public virtual string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("An identifier cannot hold a NUL character.", nameof(name));
        }

        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Quotes text as a string literal, for the few places that take no parameters (a file path in a view).</summary>
    public virtual string QuoteLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A literal cannot hold a NUL character.", nameof(text));
        }

        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>How a named parameter is written in the SQL text.</summary>
    public abstract string Placeholder(string name);

    /// <summary>The engine's parameter object carrying a value for <see cref="Placeholder"/>.</summary>
    public abstract DbParameter CreateParameter(string name, object? value);

    /// <summary>The expression as text, for examples and blank checks.</summary>
    public abstract string AsText(string expression);

    /// <summary>The expression as a double precision number, or NULL when it is not one.</summary>
    public abstract string TryDouble(string expression);

    /// <summary>The expression as a timestamp without time zone, or NULL when it cannot be read as one.</summary>
    /// <param name="expression">The column.</param>
    /// <param name="isText">Whether the column holds text (typed timestamp columns are cast, never parsed).</param>
    /// <param name="formatParameter">The parameter holding a strftime format for text, or <c>null</c> for ISO 8601.</param>
    public abstract string TryTimestamp(string expression, bool isText, string? formatParameter);

    /// <summary>The seconds from one timestamp to another, as a double (negative when the end comes first).</summary>
    public abstract string SecondsBetween(string start, string end);

    /// <summary>The microseconds from 1970-01-01 00:00 to the timestamp, as a 64-bit integer (exact: no rounding).</summary>
    public abstract string EpochMicros(string timestamp);

    /// <summary>The timestamp the given microseconds after 1970-01-01 00:00 (the inverse of <see cref="EpochMicros"/>).</summary>
    public abstract string TimestampFromMicros(string micros);

    /// <summary>The first day of the period holding the timestamp, as a date.</summary>
    public abstract string PeriodStart(string timestamp, CasePeriod period);

    /// <summary>The date a given period starting on <paramref name="periodStart"/> ends after (its next period's first day).</summary>
    public abstract string NextPeriodStart(string periodStart, CasePeriod period);

    /// <summary>The number of days from one date to a later one, as an integer.</summary>
    public abstract string DaysBetween(string fromDate, string toDate);

    /// <summary>The date part of a timestamp.</summary>
    public abstract string DateOf(string timestamp);

    /// <summary>The largest whole number not above the expression, as a 64-bit integer.</summary>
    public virtual string FloorToInteger(string expression) => $"CAST(floor({expression}) AS BIGINT)";

    /// <summary>
    /// The text with leading and trailing spaces removed, as <c>trim</c> does, but trimming only text that starts or ends
    /// with a space: most values have nothing to trim, and testing the first and last character is cheaper than trim
    /// (measured on DuckDB). The expression is written up to four times, so give a column, not a computation.
    /// </summary>
    public virtual string TrimSpaces(string expression) =>
        $"(CASE WHEN {expression} LIKE ' %' OR {expression} LIKE '% ' THEN trim({expression}) ELSE {expression} END)";

    /// <summary>A 64-bit hash of text: equal texts hash equal, different texts almost never do.</summary>
    public abstract string TextHash(string expression);

    /// <summary>Text that orders by code point whatever the engine's collation (the order DuckDB and the core use).</summary>
    public virtual string OrderedText(string expression) => expression;

    /// <summary>
    /// The value of the timestamp format parameter for a user's strftime format (DuckDB takes it as is), or <c>null</c>
    /// when the engine cannot read times written that way.
    /// </summary>
    public virtual string? FormatArgument(string strftime) => strftime;

    /// <summary>The period's name as the engine's date_trunc knows it.</summary>
    protected static string TruncUnit(CasePeriod period) => period switch
    {
        CasePeriod.Week => "week",
        CasePeriod.Quarter => "quarter",
        _ => "month",
    };
}
